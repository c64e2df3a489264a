/* A well-formed adapter for "kia" with one timer that errors a pending
 * clearance after a minute and names no reason (FC_NO_STRING), which the
 * header allows for FC_EFFECT_ERROR. */
#include "fixture_adapter.h"

static const fc_timer_decl_t timers[] = {
    {FC_HEADER(fc_timer_decl_t), FC_STATUS_PENDING, FC_NO_STRING, FC_TIMER_FROM_CREATED, 0, 60,
     FC_EFFECT_ERROR, FC_NO_STRING},
};

static const fc_brand_decl_t brands[] = {
    {FIXTURE_BRAND_FIELDS("kia"), .timers = timers, .timer_count = COUNT(timers)}};
static const fc_adapter_t adapter = {
    FIXTURE_ADAPTER_FIELDS("error-timer", brands), .check_eligibility = fixture_eligible};
FIXTURE_ENTRY(adapter)
