/* init refuses to start and says why. */
#include <string.h>
#include "fixture_adapter.h"

#define FIXTURE_INIT_MESSAGE "licence server unreachable"

static fc_status_t fail(const fc_adapter_t *adapter, const fc_host_t *host, char *message,
                        size_t capacity) {
  (void)adapter;
  (void)host;
  if (capacity > 0) {
    strncpy(message, FIXTURE_INIT_MESSAGE, capacity - 1);
    message[capacity - 1] = 0;
  }
  return FC_ERROR_INTERNAL;
}

static const fc_brand_decl_t brands[] = {{FIXTURE_BRAND_FIELDS("init-fails")}};
static const fc_adapter_t adapter = {
    FIXTURE_ADAPTER_FIELDS("init-fails", brands),
    .init = fail,
    .check_eligibility = fixture_eligible};
FIXTURE_ENTRY(adapter)
