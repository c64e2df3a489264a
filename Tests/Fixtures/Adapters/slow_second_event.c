/* map_event answers the first declared event at once and sleeps 50 ms
 * for the second ("refused"): the speed check timed the first event only,
 * so this passed. */
#include <string.h>
#include <time.h>
#include "fixture_adapter.h"

#define SLOW_EVENT "refused"

static fc_status_t map(const fc_adapter_t *adapter, const fc_event_query_t *query,
                       fc_event_answer_t *answer) {
  (void)adapter;
  (void)answer;
  if (query->event.size == sizeof(SLOW_EVENT) - 1 &&
      memcmp(query->event.data, SLOW_EVENT, query->event.size) == 0) {
    struct timespec pause = {0, 50 * 1000 * 1000};
    nanosleep(&pause, NULL);
  }
  return FC_OK; /* the declaration, as pre-filled */
}

static const fc_brand_decl_t brands[] = {{FIXTURE_BRAND_FIELDS("slow-event")}};
static const fc_adapter_t adapter = {
    FIXTURE_ADAPTER_FIELDS("slow-second-event", brands), .check_eligibility = fixture_eligible,
    .map_event = map};
FIXTURE_ENTRY(adapter)
