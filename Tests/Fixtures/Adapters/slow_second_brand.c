/* check_eligibility answers the first brand at once and sleeps 50 ms for
 * the second: the speed check timed brands[0] only, so this passed. */
#include <string.h>
#include <time.h>
#include "fixture_adapter.h"

#define SLOW_BRAND "slow-brand"

static fc_status_t check(const fc_adapter_t *adapter, const fc_eligibility_query_t *query,
                         fc_eligibility_answer_t *answer) {
  (void)adapter;
  if (query->brand.size == sizeof(SLOW_BRAND) - 1 &&
      memcmp(query->brand.data, SLOW_BRAND, query->brand.size) == 0) {
    struct timespec pause = {0, 50 * 1000 * 1000};
    nanosleep(&pause, NULL);
  }
  answer->verdict = FC_ELIGIBLE;
  return FC_OK;
}

static const fc_brand_decl_t brands[] = {
    {FIXTURE_BRAND_FIELDS("fast-brand")},
    {FIXTURE_BRAND_FIELDS(SLOW_BRAND)},
};
static const fc_adapter_t adapter = {
    FIXTURE_ADAPTER_FIELDS("slow-second-brand", brands), .check_eligibility = check};
FIXTURE_ENTRY(adapter)
