/* A well-formed adapter for "kia" whose init logs one line at each
 * FC_LOG_* level through host->log, and whose entry function logs one. */
#include "fixture_adapter.h"

static fc_status_t log_each_level(const fc_adapter_t *adapter, const fc_host_t *host, char *message,
                                  size_t capacity) {
  (void)adapter;
  (void)message;
  (void)capacity;
  host->log(host, FC_LOG_ERROR, (fc_string_t)FC_STRING("logged at error"));
  host->log(host, FC_LOG_WARN, (fc_string_t)FC_STRING("logged at warn"));
  host->log(host, FC_LOG_INFO, (fc_string_t)FC_STRING("logged at info"));
  host->log(host, FC_LOG_DEBUG, (fc_string_t)FC_STRING("logged at debug"));
  return FC_OK;
}

static const fc_brand_decl_t brands[] = {{FIXTURE_BRAND_FIELDS("kia")}};
static const fc_adapter_t adapter = {
    FIXTURE_ADAPTER_FIELDS("loud", brands), .init = log_each_level, .check_eligibility = fixture_eligible};
/* Logs from the entry function too, before the host has read the id. */
FC_EXPORT const fc_adapter_t *fc_adapter_entry_v1(const fc_host_t *host) {
  host->log(host, FC_LOG_ERROR, (fc_string_t)FC_STRING("logged in entry"));
  return &adapter;
}
