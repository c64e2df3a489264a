/* An adapter that relies on what fleet_adapter.h promises even during
 * validation: the brand is its own and `current_status` is an FC_STATUS_*
 * value (think of a table indexed by status). It survives the garbage
 * strings, which the header says may arrive, but crashes on anything
 * else. It must pass every check: the validator once sent status 99. */
#include <string.h>
#include "fixture_adapter.h"

#define BRAND "trusting"

static const char *const status_names[] = {
    "", "pending", "approved", "rejected", "revoking", "revoked", "canceling", "canceled", "error",
};

static int is_own_brand(fc_string_t brand) {
  return brand.size == sizeof(BRAND) - 1 && memcmp(brand.data, BRAND, brand.size) == 0;
}

static fc_status_t check(const fc_adapter_t *adapter, const fc_eligibility_query_t *query,
                         fc_eligibility_answer_t *answer) {
  (void)adapter;
  if (!is_own_brand(query->brand)) FIXTURE_CRASH();
  answer->verdict = FC_ELIGIBLE;
  return FC_OK;
}

static fc_status_t map(const fc_adapter_t *adapter, const fc_event_query_t *query,
                       fc_event_answer_t *answer) {
  (void)adapter;
  (void)answer;
  if (!is_own_brand(query->brand)) FIXTURE_CRASH();
  /* Stands for the out-of-bounds read of status_names that an unknown
   * status would be; made a certain crash so that the test is. */
  if (query->current_status >= COUNT(status_names) || status_names[query->current_status][0] == 0)
    FIXTURE_CRASH();
  return FC_OK; /* the declaration, as pre-filled */
}

static const fc_brand_decl_t brands[] = {{FIXTURE_BRAND_FIELDS(BRAND)}};
static const fc_adapter_t adapter = {
    FIXTURE_ADAPTER_FIELDS("trusts-promises", brands), .check_eligibility = check, .map_event = map};
FIXTURE_ENTRY(adapter)
