/* Forgot FC_EXPORT: with -fvisibility=hidden the entry is not exported. */
#include "fixture_adapter.h"

static const fc_brand_decl_t brands[] = {{FIXTURE_BRAND_FIELDS("no-entry")}};
static const fc_adapter_t adapter = {
    FIXTURE_ADAPTER_FIELDS("no-entry", brands), .check_eligibility = fixture_eligible};

const fc_adapter_t *fc_adapter_entry_v1(const fc_host_t *host) {
  (void)host;
  return &adapter;
}
