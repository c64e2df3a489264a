/* map_event answers a reason that is not UTF-8. */
#include "fixture_adapter.h"

static fc_status_t map(const fc_adapter_t *adapter, const fc_event_query_t *query,
                       fc_event_answer_t *answer) {
  (void)adapter;
  (void)query;
  answer->effect = FC_EFFECT_REJECT;
  answer->reason = (fc_string_t)FC_STRING("fixture \xff\xfe refused");
  return FC_OK;
}

static const fc_brand_decl_t brands[] = {{FIXTURE_BRAND_FIELDS("map-utf8")}};
static const fc_adapter_t adapter = {
    FIXTURE_ADAPTER_FIELDS("map-event-utf8", brands),
    .check_eligibility = fixture_eligible,
    .map_event = map};
FIXTURE_ENTRY(adapter)
