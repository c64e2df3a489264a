/* One declared string carries a NUL byte, picked by a define. The header
 * promises adapters that the strings the host passes in have no NUL bytes
 * (except `detail` and tag values), and the host passes declared strings
 * back, `current_reason` among them, so the host refuses them at loading.
 *   -DNUL_IN_REASON       brands[0].reasons[0].reason (the event and the
 *                         other reason-bearing fields use the same text, so
 *                         only the NUL check can refuse it)
 *   -DNUL_IN_DESCRIPTION  brands[0].reasons[0].description
 *   -DNUL_IN_EVENT        brands[0].events[1].event
 *   -DNUL_IN_EVENT_REASON brands[0].events[1].reason
 *   -DNUL_IN_THEN_REASON  brands[0].timers[0].then_reason
 *   -DNUL_IN_ADD_DURING_TRANSITION brands[0].add_during_transition
 *   -DNUL_IN_TAG          brands[0].required_tags[0]
 *   -DNUL_IN_ID, -DNUL_IN_VERSION, -DNUL_IN_GROUP
 * Without a define the adapter loads. */
#include "fixture_adapter.h"

#ifdef NUL_IN_REASON
#define REASON "fixture\0refused"
#else
#define REASON "fixture refused"
#endif
#define WITH_NUL(text) text "\0hidden"

#ifdef NUL_IN_DESCRIPTION
#define DESCRIPTION WITH_NUL("The fixture refuses the VIN.")
#else
#define DESCRIPTION "The fixture refuses the VIN."
#endif
#ifdef NUL_IN_EVENT
#define EVENT WITH_NUL("refused")
#else
#define EVENT "refused"
#endif
#ifdef NUL_IN_EVENT_REASON
#define EVENT_REASON WITH_NUL(REASON)
#else
#define EVENT_REASON REASON
#endif
#ifdef NUL_IN_THEN_REASON
#define THEN_REASON WITH_NUL(REASON)
#else
#define THEN_REASON REASON
#endif
#ifdef NUL_IN_ADD_DURING_TRANSITION
#define ADD_DURING_TRANSITION WITH_NUL(REASON)
#else
#define ADD_DURING_TRANSITION REASON
#endif
#ifdef NUL_IN_TAG
#define TAG WITH_NUL("fleet-name")
#else
#define TAG "fleet-name"
#endif
#ifdef NUL_IN_ID
#define ID WITH_NUL("nul-byte")
#else
#define ID "nul-byte"
#endif
#ifdef NUL_IN_VERSION
#define VERSION WITH_NUL("1.0.0")
#else
#define VERSION "1.0.0"
#endif
#ifdef NUL_IN_GROUP
#define GROUP WITH_NUL("Fixtures")
#else
#define GROUP "Fixtures"
#endif

static const fc_reason_decl_t reasons[] = {
    {FC_HEADER(fc_reason_decl_t), FC_STRING(REASON), FC_REASON_REJECT, FC_STRING(DESCRIPTION)},
};

static const fc_event_decl_t events[] = {
    {FC_HEADER(fc_event_decl_t), FC_STRING("activation_succeeded"), FC_EFFECT_APPROVE,
     FC_NO_STRING, FC_STRING("Activated.")},
    {FC_HEADER(fc_event_decl_t), FC_STRING(EVENT), FC_EFFECT_REJECT, FC_STRING(EVENT_REASON),
     FC_STRING("Refused.")},
};

static const fc_timer_decl_t timers[] = {
    {FC_HEADER(fc_timer_decl_t), FC_STATUS_PENDING, FC_NO_STRING, FC_TIMER_FROM_CREATED, 0, 86400,
     FC_EFFECT_REJECT, FC_STRING(THEN_REASON)},
};

static const fc_string_t tags[] = {FC_STRING(TAG)};

static const fc_brand_decl_t brands[] = {{
    .header = FC_HEADER(fc_brand_decl_t),
    .brand = FC_STRING("nul-byte"),
    .required_tags = tags, .required_tag_count = COUNT(tags),
    .reasons = reasons, .reason_count = COUNT(reasons),
    .events = events, .event_count = COUNT(events),
    .timers = timers, .timer_count = COUNT(timers),
    .add_during_transition = FC_STRING(ADD_DURING_TRANSITION),
}};

static const fc_adapter_t adapter = {
    .header = FC_HEADER(fc_adapter_t),
    .id = FC_STRING(ID),
    .version = FC_STRING(VERSION),
    .group = FC_STRING(GROUP),
    .brands = brands,
    .brand_count = COUNT(brands),
    .check_eligibility = fixture_eligible,
};
FIXTURE_ENTRY(adapter)
