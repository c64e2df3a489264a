/*
 * Shared parts of the test fixtures: a small, well-formed brand and
 * adapter that each fixture copies and then breaks in exactly one way.
 * Each fixture is compiled on its own, so everything here is static.
 */
#ifndef FIXTURE_ADAPTER_H
#define FIXTURE_ADAPTER_H
#include "fleet_adapter.h"

#define COUNT(array) (sizeof(array) / sizeof((array)[0]))
#define FIXTURE_REFUSED "fixture refused"

static const fc_reason_decl_t fixture_reasons[] = {
    {FC_HEADER(fc_reason_decl_t), FC_STRING(FIXTURE_REFUSED), FC_REASON_REJECT,
     FC_STRING("The fixture refuses the VIN.")},
};

static const fc_event_decl_t fixture_events[] = {
    {FC_HEADER(fc_event_decl_t), FC_STRING("activation_succeeded"), FC_EFFECT_APPROVE,
     FC_NO_STRING, FC_STRING("Activated.")},
    {FC_HEADER(fc_event_decl_t), FC_STRING("refused"), FC_EFFECT_REJECT,
     FC_STRING(FIXTURE_REFUSED), FC_STRING("Refused.")},
};

/* Designated initializers of a well-formed brand named `name`. A fixture
 * breaks one field by naming it again after these: in C the last
 * initializer of a field wins. */
#define FIXTURE_BRAND_FIELDS(name)                                         \
  .header = FC_HEADER(fc_brand_decl_t), .brand = FC_STRING(name),         \
  .reasons = fixture_reasons, .reason_count = COUNT(fixture_reasons),     \
  .events = fixture_events, .event_count = COUNT(fixture_events)

/* Designated initializers of a well-formed adapter serving `brands`,
 * except check_eligibility, which every fixture sets itself. */
#define FIXTURE_ADAPTER_FIELDS(id_, brands_)                               \
  .header = FC_HEADER(fc_adapter_t), .id = FC_STRING(id_),                \
  .version = FC_STRING("1.0.0"), .group = FC_STRING("Fixtures"),          \
  .brands = brands_, .brand_count = COUNT(brands_)

static fc_status_t fixture_eligible(const fc_adapter_t *adapter,
                                    const fc_eligibility_query_t *query,
                                    fc_eligibility_answer_t *answer) {
  (void)adapter;
  (void)query;
  answer->verdict = FC_ELIGIBLE;
  return FC_OK;
}

/* The exported entry, returning `adapter`. */
#define FIXTURE_ENTRY(adapter)                                             \
  FC_EXPORT const fc_adapter_t *fc_adapter_entry_v1(const fc_host_t *host) { \
    (void)host;                                                            \
    return &adapter;                                                       \
  }

/* Read through a volatile pointer so that the compiler cannot see the NULL
 * and turn the store into a trap instruction: the crash is a real SIGSEGV. */
static int *volatile fixture_nowhere = 0;
#define FIXTURE_CRASH() (*fixture_nowhere = 1)

#endif
