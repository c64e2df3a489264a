/* A complete adapter for the brand "nissan", for hot-loading tests. It is
 * built in two versions: -DNISSAN_VERSION=2 changes what
 * "activation_rejected" means and how long an activation may stay
 * pending, so a test can tell which version answered. */
#include "fixture_adapter.h"

#ifndef NISSAN_VERSION
#define NISSAN_VERSION 1
#endif

#if NISSAN_VERSION == 2
#define NISSAN_VERSION_TEXT "2.0.0"
#define REJECTED "declined by Nissan"
#define PENDING_LIMIT_SECONDS 86400 /* one day */
#else
#define NISSAN_VERSION_TEXT "1.0.0"
#define REJECTED "refused by Nissan"
#define PENDING_LIMIT_SECONDS (3 * 86400) /* three days */
#endif

#define TIMED_OUT "no answer from Nissan"

static const fc_reason_decl_t nissan_reasons[] = {
    {FC_HEADER(fc_reason_decl_t), FC_STRING(REJECTED), FC_REASON_REJECT,
     FC_STRING("Nissan refused the activation.")},
    {FC_HEADER(fc_reason_decl_t), FC_STRING(TIMED_OUT), FC_REASON_REJECT,
     FC_STRING("Nissan did not answer in time.")},
};

static const fc_event_decl_t nissan_events[] = {
    {FC_HEADER(fc_event_decl_t), FC_STRING("activation_succeeded"), FC_EFFECT_APPROVE,
     FC_NO_STRING, FC_STRING("Nissan activated data access.")},
    {FC_HEADER(fc_event_decl_t), FC_STRING("data_received"), FC_EFFECT_DATA_RECEIVED,
     FC_NO_STRING, FC_STRING("The vehicle sent data.")},
    {FC_HEADER(fc_event_decl_t), FC_STRING("access_revoked"), FC_EFFECT_REVOKED,
     FC_NO_STRING, FC_STRING("Data access ended.")},
    {FC_HEADER(fc_event_decl_t), FC_STRING("activation_rejected"), FC_EFFECT_REJECT,
     FC_STRING(REJECTED), FC_STRING("Nissan refused the activation.")},
};

static const fc_timer_decl_t nissan_timers[] = {
    {FC_HEADER(fc_timer_decl_t), FC_STATUS_PENDING, FC_NO_STRING, FC_TIMER_FROM_CREATED, 0,
     PENDING_LIMIT_SECONDS, FC_EFFECT_REJECT, FC_STRING(TIMED_OUT)},
};

static const fc_brand_decl_t brands[] = {{
    .header = FC_HEADER(fc_brand_decl_t),
    .brand = FC_STRING("nissan"),
    .can_cancel = 1,
    .cancel_min_age_seconds = 0,
    .reasons = nissan_reasons,
    .reason_count = COUNT(nissan_reasons),
    .events = nissan_events,
    .event_count = COUNT(nissan_events),
    .timers = nissan_timers,
    .timer_count = COUNT(nissan_timers),
}};

static const fc_adapter_t adapter = {
    .header = FC_HEADER(fc_adapter_t),
    .id = FC_STRING("nissan"),
    .version = FC_STRING(NISSAN_VERSION_TEXT),
    .group = FC_STRING("Nissan"),
    .brands = brands,
    .brand_count = COUNT(brands),
    .check_eligibility = fixture_eligible,
};
FIXTURE_ENTRY(adapter)
