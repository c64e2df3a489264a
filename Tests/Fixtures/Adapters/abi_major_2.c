/* Built for ABI 2.0, a major version this host does not speak. */
#include "fixture_adapter.h"

static const fc_brand_decl_t brands[] = {{FIXTURE_BRAND_FIELDS("abi-major")}};
static const fc_adapter_t adapter = {
    FIXTURE_ADAPTER_FIELDS("abi-major", brands),
    .header = {sizeof(fc_adapter_t), 2, 0},
    .check_eligibility = fixture_eligible};
FIXTURE_ENTRY(adapter)
