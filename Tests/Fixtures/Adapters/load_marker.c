/* A well-formed adapter that leaves "<its own path>.loaded" behind as soon
 * as it is mapped into a process, so a test can tell whether it ever was. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include "fixture_adapter.h"

__attribute__((constructor)) static void leave_marker(void) {
  Dl_info info;
  if (!dladdr((void *)leave_marker, &info) || !info.dli_fname) return;
  char path[4096];
  snprintf(path, sizeof path, "%s.loaded", info.dli_fname);
  FILE *marker = fopen(path, "w");
  if (marker) fclose(marker);
}

static const fc_brand_decl_t brands[] = {{FIXTURE_BRAND_FIELDS("load-marker")}};
static const fc_adapter_t adapter = {
    FIXTURE_ADAPTER_FIELDS("load-marker", brands), .check_eligibility = fixture_eligible};
FIXTURE_ENTRY(adapter)
