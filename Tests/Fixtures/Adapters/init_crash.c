/* init dereferences NULL (SIGSEGV). */
#include "fixture_adapter.h"

static fc_status_t crash(const fc_adapter_t *adapter, const fc_host_t *host, char *message,
                         size_t capacity) {
  (void)adapter;
  (void)host;
  (void)message;
  (void)capacity;
  FIXTURE_CRASH();
  return FC_OK;
}

static const fc_brand_decl_t brands[] = {{FIXTURE_BRAND_FIELDS("init-crash")}};
static const fc_adapter_t adapter = {
    FIXTURE_ADAPTER_FIELDS("init-crash", brands),
    .init = crash,
    .check_eligibility = fixture_eligible};
FIXTURE_ENTRY(adapter)
