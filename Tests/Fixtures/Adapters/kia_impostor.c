/* A well-formed adapter that also claims "kia", which the Kia adapter serves. */
#include "fixture_adapter.h"

static const fc_brand_decl_t brands[] = {
    {FIXTURE_BRAND_FIELDS("impostor-only")},
    {FIXTURE_BRAND_FIELDS("kia")},
};
static const fc_adapter_t adapter = {
    FIXTURE_ADAPTER_FIELDS("kia-impostor", brands), .check_eligibility = fixture_eligible};
FIXTURE_ENTRY(adapter)
