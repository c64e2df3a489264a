/* A reason's text is Latin-1 ("r\xe9vocation"), not UTF-8. */
#include "fixture_adapter.h"

static const fc_reason_decl_t reasons[] = {
    {FC_HEADER(fc_reason_decl_t), FC_STRING(FIXTURE_REFUSED), FC_REASON_REJECT, FC_NO_STRING},
    {FC_HEADER(fc_reason_decl_t), FC_STRING("r\xe9vocation"), FC_REASON_REJECT, FC_NO_STRING},
};
static const fc_brand_decl_t brands[] = {{
    FIXTURE_BRAND_FIELDS("bad-utf8"),
    .reasons = reasons,
    .reason_count = COUNT(reasons),
}};
static const fc_adapter_t adapter = {
    FIXTURE_ADAPTER_FIELDS("bad-utf8", brands), .check_eligibility = fixture_eligible};
FIXTURE_ENTRY(adapter)
