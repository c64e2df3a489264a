/* The entry says the adapter cannot run in this host. */
#include "fixture_adapter.h"

FC_EXPORT const fc_adapter_t *fc_adapter_entry_v1(const fc_host_t *host) {
  (void)host;
  return 0;
}
