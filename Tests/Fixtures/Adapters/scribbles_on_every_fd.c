/* check_eligibility writes non-UTF-8 bytes to every descriptor it can
 * find, the validator's own report channel included. Its answers are
 * fine, but the checks that call it cannot report: they must fail, and
 * the validator must still report every check and finish. */
#include <unistd.h>
#include "fixture_adapter.h"

static fc_status_t scribble(const fc_adapter_t *adapter, const fc_eligibility_query_t *query,
                            fc_eligibility_answer_t *answer) {
  (void)adapter;
  (void)query;
  for (int fd = 1; fd < 64; fd++) {
    if (fd == 2) continue;
    ssize_t ignored = write(fd, "caf\xe9", 4);
    (void)ignored;
  }
  answer->verdict = FC_ELIGIBLE;
  return FC_OK;
}

static const fc_brand_decl_t brands[] = {{FIXTURE_BRAND_FIELDS("scribbler")}};
static const fc_adapter_t adapter = {
    FIXTURE_ADAPTER_FIELDS("scribbles-on-every-fd", brands), .check_eligibility = scribble};
FIXTURE_ENTRY(adapter)
