/* map_event dereferences NULL (SIGSEGV) on every call; eligibility is
 * fine. The validator must say that map_event crashed. */
#include "fixture_adapter.h"

static fc_status_t crash(const fc_adapter_t *adapter, const fc_event_query_t *query,
                         fc_event_answer_t *answer) {
  (void)adapter;
  (void)query;
  (void)answer;
  FIXTURE_CRASH();
  return FC_OK;
}

static const fc_brand_decl_t brands[] = {{FIXTURE_BRAND_FIELDS("map-event-crash")}};
static const fc_adapter_t adapter = {
    FIXTURE_ADAPTER_FIELDS("map-event-crash", brands), .check_eligibility = fixture_eligible,
    .map_event = crash};
FIXTURE_ENTRY(adapter)
