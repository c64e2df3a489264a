/* check_eligibility dereferences NULL (SIGSEGV) on every call. */
#include "fixture_adapter.h"

static fc_status_t crash(const fc_adapter_t *adapter, const fc_eligibility_query_t *query,
                         fc_eligibility_answer_t *answer) {
  (void)adapter;
  (void)query;
  (void)answer;
  FIXTURE_CRASH();
  return FC_OK;
}

static const fc_brand_decl_t brands[] = {{FIXTURE_BRAND_FIELDS("eligibility-crash")}};
static const fc_adapter_t adapter = {
    FIXTURE_ADAPTER_FIELDS("eligibility-crash", brands), .check_eligibility = crash};
FIXTURE_ENTRY(adapter)
