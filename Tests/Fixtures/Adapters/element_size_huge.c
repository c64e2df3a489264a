/* brands[0] claims to be 1 GiB long, so stepping to brands[1] by that
 * size would read far outside the library. */
#include "fixture_adapter.h"

static const fc_brand_decl_t brands[] = {
    {FIXTURE_BRAND_FIELDS("huge"), .header = {1u << 30, FC_ABI_VERSION_MAJOR, FC_ABI_VERSION_MINOR}},
    {FIXTURE_BRAND_FIELDS("after-huge")},
};
static const fc_adapter_t adapter = {
    FIXTURE_ADAPTER_FIELDS("element-size-huge", brands), .check_eligibility = fixture_eligible};
FIXTURE_ENTRY(adapter)
