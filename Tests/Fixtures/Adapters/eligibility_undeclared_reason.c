/* check_eligibility refuses with a reason the brand never declared. */
#include "fixture_adapter.h"

static fc_status_t refuse(const fc_adapter_t *adapter, const fc_eligibility_query_t *query,
                          fc_eligibility_answer_t *answer) {
  (void)adapter;
  (void)query;
  answer->verdict = FC_NOT_ELIGIBLE;
  answer->reason = (fc_string_t)FC_STRING("made-up reason");
  return FC_OK;
}

static const fc_brand_decl_t brands[] = {{FIXTURE_BRAND_FIELDS("undeclared-verdict")}};
static const fc_adapter_t adapter = {
    FIXTURE_ADAPTER_FIELDS("eligibility-undeclared", brands), .check_eligibility = refuse};
FIXTURE_ENTRY(adapter)
