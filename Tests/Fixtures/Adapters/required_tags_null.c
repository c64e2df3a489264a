/* One required tag is announced, but the array pointer is NULL. */
#include "fixture_adapter.h"

static const fc_brand_decl_t brands[] = {{
    FIXTURE_BRAND_FIELDS("tags-null"),
    .required_tags = 0,
    .required_tag_count = 1,
}};
static const fc_adapter_t adapter = {
    FIXTURE_ADAPTER_FIELDS("required-tags-null", brands), .check_eligibility = fixture_eligible};
FIXTURE_ENTRY(adapter)
