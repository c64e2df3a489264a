/* The descriptor's size field claims fewer bytes than fc_adapter_t has. */
#include "fixture_adapter.h"

static const fc_brand_decl_t brands[] = {{FIXTURE_BRAND_FIELDS("too-small")}};
static const fc_adapter_t adapter = {
    FIXTURE_ADAPTER_FIELDS("too-small", brands),
    .header = {sizeof(fc_adapter_t) - 16, FC_ABI_VERSION_MAJOR, FC_ABI_VERSION_MINOR},
    .check_eligibility = fixture_eligible};
FIXTURE_ENTRY(adapter)
