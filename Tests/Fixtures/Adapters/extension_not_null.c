/* get_extension claims to know every id, even ones it cannot know. */
#include "fixture_adapter.h"

static const int some_capability = 42;

static const void *lookup(const fc_adapter_t *adapter, const char *id) {
  (void)adapter;
  (void)id;
  return &some_capability;
}

static const fc_brand_decl_t brands[] = {{FIXTURE_BRAND_FIELDS("any-extension")}};
static const fc_adapter_t adapter = {
    FIXTURE_ADAPTER_FIELDS("extension-not-null", brands),
    .check_eligibility = fixture_eligible,
    .get_extension = lookup};
FIXTURE_ENTRY(adapter)
