/* The second element of an array is built for another ABI version than
 * the first (the host checked the version of element 0 only). A define
 * picks which one:
 *   -DREASON_MAJOR=2  brands[0].reasons[1] is built for ABI 2.0
 *   -DREASON_MINOR=5  brands[0].reasons[1] is built for ABI 1.5
 *   -DEVENT_MAJOR=9   brands[0].events[1] is built for ABI 9.0
 * Without a define every element is built for the host's ABI, and the
 * adapter loads. */
#include "fixture_adapter.h"

#ifndef REASON_MAJOR
#define REASON_MAJOR FC_ABI_VERSION_MAJOR
#endif
#ifndef REASON_MINOR
#define REASON_MINOR FC_ABI_VERSION_MINOR
#endif
#ifndef EVENT_MAJOR
#define EVENT_MAJOR FC_ABI_VERSION_MAJOR
#endif

static const fc_reason_decl_t reasons[] = {
    {FC_HEADER(fc_reason_decl_t), FC_STRING(FIXTURE_REFUSED), FC_REASON_REJECT,
     FC_STRING("The fixture refuses the VIN.")},
    {{(uint32_t)sizeof(fc_reason_decl_t), REASON_MAJOR, REASON_MINOR}, FC_STRING("fixture waits"),
     FC_REASON_PENDING, FC_STRING("The fixture waits.")},
};

static const fc_event_decl_t events[] = {
    {FC_HEADER(fc_event_decl_t), FC_STRING("activation_succeeded"), FC_EFFECT_APPROVE,
     FC_NO_STRING, FC_STRING("Activated.")},
    {{(uint32_t)sizeof(fc_event_decl_t), EVENT_MAJOR, FC_ABI_VERSION_MINOR}, FC_STRING("refused"),
     FC_EFFECT_REJECT, FC_STRING(FIXTURE_REFUSED), FC_STRING("Refused.")},
};

static const fc_brand_decl_t brands[] = {{
    FIXTURE_BRAND_FIELDS("element-version"),
    .reasons = reasons, .reason_count = COUNT(reasons),
    .events = events, .event_count = COUNT(events),
}};
static const fc_adapter_t adapter = {
    FIXTURE_ADAPTER_FIELDS("element-abi-version", brands), .check_eligibility = fixture_eligible};
FIXTURE_ENTRY(adapter)
