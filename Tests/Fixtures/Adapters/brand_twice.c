/* The same brand is declared twice. */
#include "fixture_adapter.h"

static const fc_brand_decl_t brands[] = {
    {FIXTURE_BRAND_FIELDS("twice")},
    {FIXTURE_BRAND_FIELDS("twice")},
};
static const fc_adapter_t adapter = {
    FIXTURE_ADAPTER_FIELDS("brand-twice", brands), .check_eligibility = fixture_eligible};
FIXTURE_ENTRY(adapter)
