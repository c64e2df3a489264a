/* check_eligibility prints Latin-1 text without a newline to stdout (the
 * header forbids I/O, but printf debugging happens) and refuses with an
 * undeclared reason. The noise must neither hide that failure nor stop
 * the validator from finishing. */
#include <unistd.h>
#include "fixture_adapter.h"

static fc_status_t noisy(const fc_adapter_t *adapter, const fc_eligibility_query_t *query,
                         fc_eligibility_answer_t *answer) {
  (void)adapter;
  (void)query;
  ssize_t ignored = write(1, "caf\xe9", 4);
  (void)ignored;
  answer->verdict = FC_NOT_ELIGIBLE;
  answer->reason = (fc_string_t)FC_STRING("made-up reason");
  return FC_OK;
}

static const fc_brand_decl_t brands[] = {{FIXTURE_BRAND_FIELDS("stdout-noise")}};
static const fc_adapter_t adapter = {
    FIXTURE_ADAPTER_FIELDS("stdout-noise", brands), .check_eligibility = noisy};
FIXTURE_ENTRY(adapter)
