/* The Kia adapter exports only fc_adapter_entry_v1 (see fleet_adapter.h). */
#ifndef KIA_ADAPTER_H
#define KIA_ADAPTER_H
#include "fleet_adapter.h"
FC_EXPORT const fc_adapter_t *fc_adapter_entry_v1(const fc_host_t *host);
#endif
