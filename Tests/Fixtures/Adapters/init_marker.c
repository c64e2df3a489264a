/* A well-formed adapter for "kia" whose init leaves "<its own path>.initialized"
 * behind, so a test can tell whether the host ever ran its init. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include "fixture_adapter.h"

static fc_status_t leave_marker(const fc_adapter_t *adapter, const fc_host_t *host, char *message,
                                size_t capacity) {
  (void)adapter;
  (void)host;
  (void)message;
  (void)capacity;
  Dl_info info;
  if (!dladdr((void *)leave_marker, &info) || !info.dli_fname) return FC_OK;
  char path[4096];
  snprintf(path, sizeof path, "%s.initialized", info.dli_fname);
  FILE *marker = fopen(path, "w");
  if (marker) fclose(marker);
  return FC_OK;
}

static const fc_brand_decl_t brands[] = {{FIXTURE_BRAND_FIELDS("kia")}};
static const fc_adapter_t adapter = {
    FIXTURE_ADAPTER_FIELDS("init-marker", brands), .init = leave_marker,
    .check_eligibility = fixture_eligible};
FIXTURE_ENTRY(adapter)
