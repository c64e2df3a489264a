/* The version string has a NULL pointer but a size of 5. */
#include "fixture_adapter.h"

static const fc_brand_decl_t brands[] = {{FIXTURE_BRAND_FIELDS("null-string")}};
static const fc_adapter_t adapter = {
    FIXTURE_ADAPTER_FIELDS("null-string", brands),
    .version = {0, 5},
    .check_eligibility = fixture_eligible};
FIXTURE_ENTRY(adapter)
