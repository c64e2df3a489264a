/* A well-formed adapter for "chatter" that writes to stdout the ways
 * debugging code does: printf in init (flushed), printf without a flush and
 * a raw write(1) in every eligibility call. The header forbids I/O in calls,
 * but none of it may reach the host's JSON-RPC stream. */
#include <stdio.h>
#include <unistd.h>
#include "fixture_adapter.h"

static fc_status_t chatty_init(const fc_adapter_t *adapter, const fc_host_t *host, char *message,
                               size_t capacity) {
  (void)adapter;
  (void)host;
  (void)message;
  (void)capacity;
  printf("chatter: init\n");
  fflush(stdout);
  return FC_OK;
}

static fc_status_t chatty_eligible(const fc_adapter_t *adapter, const fc_eligibility_query_t *query,
                                   fc_eligibility_answer_t *answer) {
  printf("chatter: buffered ");
  ssize_t ignored = write(1, "chatter: raw\n", 13);
  (void)ignored;
  return fixture_eligible(adapter, query, answer);
}

static const fc_brand_decl_t brands[] = {{FIXTURE_BRAND_FIELDS("chatter")}};
static const fc_adapter_t adapter = {
    FIXTURE_ADAPTER_FIELDS("chatter", brands), .init = chatty_init, .check_eligibility = chatty_eligible};
FIXTURE_ENTRY(adapter)
