/* "Kia!" has upper case and punctuation: not 1-32 of [a-z0-9-]. */
#include "fixture_adapter.h"

static const fc_brand_decl_t brands[] = {{FIXTURE_BRAND_FIELDS("Kia!")}};
static const fc_adapter_t adapter = {
    FIXTURE_ADAPTER_FIELDS("malformed-brand", brands), .check_eligibility = fixture_eligible};
FIXTURE_ENTRY(adapter)
