/* Built for ABI 1.9, newer than this host's 1.0. */
#include "fixture_adapter.h"

static const fc_brand_decl_t brands[] = {{FIXTURE_BRAND_FIELDS("abi-minor")}};
static const fc_adapter_t adapter = {
    FIXTURE_ADAPTER_FIELDS("abi-minor", brands),
    .header = {sizeof(fc_adapter_t), 1, 9},
    .check_eligibility = fixture_eligible};
FIXTURE_ENTRY(adapter)
