/* The second event rejects with a reason the brand never declared. */
#include "fixture_adapter.h"

static const fc_event_decl_t events[] = {
    {FC_HEADER(fc_event_decl_t), FC_STRING("refused"), FC_EFFECT_REJECT,
     FC_STRING(FIXTURE_REFUSED), FC_NO_STRING},
    {FC_HEADER(fc_event_decl_t), FC_STRING("vanished"), FC_EFFECT_REJECT,
     FC_STRING("vehicle vanished"), FC_NO_STRING},
};
static const fc_brand_decl_t brands[] = {{
    FIXTURE_BRAND_FIELDS("undeclared-event-reason"),
    .events = events,
    .event_count = COUNT(events),
}};
static const fc_adapter_t adapter = {
    FIXTURE_ADAPTER_FIELDS("event-undeclared-reason", brands),
    .check_eligibility = fixture_eligible};
FIXTURE_ENTRY(adapter)
