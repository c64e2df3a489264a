/*
 * fleet_adapter.h: the interface between the fleet-clearance host and a
 * brand adapter. This header is the whole contract: an adapter is a shared
 * library that exports one function, `fc_adapter_entry_v1`, and never links
 * against the host.
 *
 * ABI version 1.0. History (newest first):
 *   1.0  first version.
 * A change that only appends fields to structs bumps the minor version;
 * anything else bumps the major version and renames the entry symbol.
 *
 * Conventions that hold for every declaration below
 * -------------------------------------------------
 * Versioned structs. Every struct that crosses the boundary starts with an
 *   `fc_header_t`: its own size in bytes and the ABI version it was compiled
 *   against. Structs only ever grow at the end; a reader reads a field only
 *   when the size says the field is there. Fill headers with
 *   `FC_HEADER(type)`.
 * Arrays. An array is a pointer to contiguous structs plus a count. All
 *   elements share the element type, so the host steps through an array by
 *   the `size` of its first element; every element must carry that size.
 *   Each element's header is checked like any other struct's: every one
 *   must carry a version the host loads, not only the first.
 *   A count of 0 allows a NULL pointer.
 * Strings. Every string is an `fc_string_t`: UTF-8 bytes plus an explicit
 *   length, no terminator required. Use `FC_STRING("literal")` for constants
 *   and `FC_NO_STRING` for "none". Strings the host passes in are also
 *   NUL-terminated at data[size] as a convenience; they contain no NUL bytes
 *   except in `detail` and tag values, which come from clients. The host
 *   validates every string it receives (UTF-8, length limits below, no NUL
 *   bytes) and refuses an adapter that hands it anything else. Declared
 *   strings come back to adapters (a declared reason as `current_reason`),
 *   so no string in the descriptor or in an answer may contain a NUL byte;
 *   only a `log` message may.
 * Garbage input. What this header promises about the strings in a query
 *   (a normalized 17-character VIN, one of the brand's declared events, the
 *   clearance's own reason as `current_reason`, no NUL bytes outside
 *   `detail` and tag values) holds while the host serves requests. The
 *   validator (`fleet-clearance validate`, which the host also runs before
 *   it hot-loads a library) deliberately breaks it: it sends empty, 1 MiB,
 *   invalid UTF-8 and NUL-laden strings as the VIN, the event, `detail`,
 *   `current_reason`, tag keys and tag values. An adapter must survive them
 *   without crashing or hanging; any status is then a fine answer, but a
 *   reason it writes must still be a valid string. Strings stay within
 *   `size` and NUL-terminated at data[size]. Everything else keeps its
 *   promise even then: the brand is one of the adapter's, `current_status`
 *   is an FC_STATUS_* value, and the structs are well formed.
 * Ownership. Everything the host passes in is borrowed for the duration of
 *   the call only: copy what you keep. Everything the adapter hands out (the
 *   descriptor, its arrays and strings, the strings in answers) is owned by
 *   the adapter and must stay valid and unchanged until `deinit` returns;
 *   in practice: static, read-only data. Nothing is freed across the
 *   boundary, so no allocator is ever shared.
 * Failures. Functions return an `fc_status_t`. Anything but FC_OK means
 *   "the answer is not usable"; the adapter may write a human-readable,
 *   NUL-terminated message into the caller-supplied buffer `message` of
 *   `message_capacity` bytes (truncate to fit). No exception, panic, longjmp
 *   or Swift `fatalError` may cross the boundary; a crash inside an adapter
 *   call ends the host process.
 * Threads. The host calls one adapter from one thread at a time (calls are
 *   serialized, never concurrent) unless the descriptor sets
 *   FC_ADAPTER_FLAG_THREAD_SAFE. The thread may differ between calls.
 * Speed. `check_eligibility` and `map_event` must return within 10 ms, for
 *   every brand and every declared event, and `init` within 100 ms (the
 *   validator times each brand and each event on its own and judges the
 *   median of several calls); they must be deterministic: the same input
 *   gives the same answer. Do no I/O in them.
 * Symbols. Export only `fc_adapter_entry_v1`; build C adapters with
 *   -fvisibility=hidden and mark the entry with FC_EXPORT.
 */
#ifndef FLEET_ADAPTER_H
#define FLEET_ADAPTER_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define FC_ABI_VERSION_MAJOR 1
#define FC_ABI_VERSION_MINOR 0

/* The one symbol the host looks up, for ABI major version 1. */
#define FC_ENTRY_SYMBOL_V1 "fc_adapter_entry_v1"

#if defined(_WIN32)
#define FC_EXPORT __declspec(dllexport)
#else
#define FC_EXPORT __attribute__((visibility("default")))
#endif

/* Limits the host enforces on what adapters declare and answer. */
#define FC_MAX_BRAND_LENGTH 32        /* brand ids: 1...32 of [a-z0-9-] */
#define FC_MAX_ID_LENGTH 64           /* adapter ids, event ids: [a-z0-9._-] */
#define FC_MAX_TEXT_LENGTH 1024       /* reasons, descriptions, versions */

/* ------------------------------------------------------------------ */
/* Basic types                                                         */
/* ------------------------------------------------------------------ */

/* Every versioned struct starts with this. */
typedef struct fc_header {
  uint32_t size;      /* sizeof the struct as the writer compiled it */
  uint16_t abi_major; /* FC_ABI_VERSION_MAJOR of the writer */
  uint16_t abi_minor; /* FC_ABI_VERSION_MINOR of the writer */
} fc_header_t;

#define FC_HEADER(type) \
  { (uint32_t)sizeof(type), FC_ABI_VERSION_MAJOR, FC_ABI_VERSION_MINOR }

/* UTF-8 text with an explicit length. `data` may be NULL only when `size`
 * is 0, which means "no string". */
typedef struct fc_string {
  const char *data;
  size_t size;
} fc_string_t;

#define FC_STRING(literal) { (literal), sizeof(literal) - 1 }
#define FC_NO_STRING { NULL, 0 }

/* Result of every adapter function. */
typedef int32_t fc_status_t;
#define FC_OK 0
#define FC_ERROR_INVALID_INPUT 1 /* the input makes no sense to the adapter */
#define FC_ERROR_INTERNAL 2      /* anything else; say why in `message` */

/* Clearance states, as the host's state machine has them. */
typedef uint32_t fc_status_code_t;
#define FC_STATUS_PENDING 1
#define FC_STATUS_APPROVED 2
#define FC_STATUS_REJECTED 3
#define FC_STATUS_REVOKING 4
#define FC_STATUS_REVOKED 5
#define FC_STATUS_CANCELING 6
#define FC_STATUS_CANCELED 7
#define FC_STATUS_ERROR 8

/* What an OEM event or a timer does to a clearance. The host owns the
 * transition table; an effect is only a request that the host checks. */
typedef uint32_t fc_effect_t;
#define FC_EFFECT_APPROVE 1       /* pending -> approved */
#define FC_EFFECT_PENDING 2       /* pending -> pending with a pending reason */
#define FC_EFFECT_REJECT 3        /* pending -> rejected with a reject reason */
#define FC_EFFECT_ERROR 4         /* pending -> error, optional reason */
#define FC_EFFECT_REVOKED 5       /* approved or revoking -> revoked */
#define FC_EFFECT_CANCELED 6      /* canceling -> canceled */
#define FC_EFFECT_DATA_RECEIVED 7 /* records that data arrived; any state */

/* A reason's kind. The same text may be declared once per kind
 * (VW's "privacy mode is enabled" is both). */
typedef uint32_t fc_reason_kind_t;
#define FC_REASON_PENDING 1
#define FC_REASON_REJECT 2

/* Where a timer starts counting. */
typedef uint32_t fc_timer_start_t;
#define FC_TIMER_FROM_CREATED 1    /* from the add that made it pending */
#define FC_TIMER_FROM_REASON_SET 2 /* from when the timer's reason was set */

/* A tag as the client sent it. */
typedef struct fc_tag {
  fc_string_t key;
  fc_string_t value;
} fc_tag_t;

/* ------------------------------------------------------------------ */
/* The host, as the adapter sees it                                    */
/* ------------------------------------------------------------------ */

#define FC_LOG_ERROR 1
#define FC_LOG_WARN 2
#define FC_LOG_INFO 3
#define FC_LOG_DEBUG 4

/* Passed to the entry function and to `init`. Owned by the host; valid
 * until `deinit` returns. The adapter must check `header.size` before
 * reading a field newer than the ones it knows. */
typedef struct fc_host {
  fc_header_t header;
  fc_string_t name;    /* "fleet-clearance" */
  fc_string_t version; /* the host's version, e.g. "0.1.0" */
  /* Writes one line to the host's log (stderr). Any thread, any time
   * from the entry function on until deinit returns. `message` need not be
   * NUL-terminated. */
  void (*log)(const struct fc_host *host, int32_t level, fc_string_t message);
  void *host_data; /* the host's own; do not touch */
} fc_host_t;

/* ------------------------------------------------------------------ */
/* What an adapter declares                                            */
/* ------------------------------------------------------------------ */

/* A reason this brand can give. `reason` is the exact text clients see
 * (case included); `description` tells a fleet operator what to do (it may
 * be empty, as one row of the seed's tables is). The host adds the five
 * global reject reasons to every brand ("unspecified", "invalid client
 * configuration", "invalid VIN", "ineligible VIN", "VIN is assigned to a
 * different OEM fleet"); declare only your own. */
typedef struct fc_reason_decl {
  fc_header_t header;
  fc_string_t reason;
  fc_reason_kind_t kind;
  fc_string_t description;
} fc_reason_decl_t;

/* One signal of the OEM's vocabulary, as clients send it to
 * `vehicles.report`. `event` is an id of [a-z0-9._-]. `reason` must be a
 * declared (or global) reason of the kind the effect needs: pending for
 * FC_EFFECT_PENDING, reject for FC_EFFECT_REJECT, either or none for
 * FC_EFFECT_ERROR; none (FC_NO_STRING) for every other effect. */
typedef struct fc_event_decl {
  fc_header_t header;
  fc_string_t event;
  fc_effect_t effect;
  fc_string_t reason;
  fc_string_t description; /* what the signal means; may be empty */
} fc_event_decl_t;

/* A retry window or timeout. While a clearance is `status` (only
 * FC_STATUS_PENDING in 1.0) with pending reason `reason` (FC_NO_STRING:
 * whatever the pending reason, or none), `after_seconds` after its start
 * the host applies `effect` (FC_EFFECT_REJECT or FC_EFFECT_ERROR) with
 * `then_reason`. With `unless_data_received` set, a clearance that has
 * received data is never affected. The host schedules and fires timers
 * (derived from each clearance's stored state, so they survive restarts);
 * a timer is canceled when the clearance leaves the state or reason it was
 * set for. */
typedef struct fc_timer_decl {
  fc_header_t header;
  fc_status_code_t status;
  fc_string_t reason;
  fc_timer_start_t counts_from;
  uint32_t unless_data_received; /* 0 or 1 */
  uint64_t after_seconds;        /* > 0 */
  fc_effect_t effect;
  fc_string_t then_reason;
} fc_timer_decl_t;

/* One brand the adapter serves. Brands of one adapter usually share the
 * same arrays. */
typedef struct fc_brand_decl {
  fc_header_t header;
  fc_string_t brand; /* the REST API's id: 1...32 of [a-z0-9-], e.g. "audi" */
  uint32_t can_cancel; /* 0 or 1: a pending clearance may be canceled */
  uint64_t cancel_min_age_seconds; /* ignored unless can_cancel */
  const fc_string_t *required_tags; /* tag keys; missing ones are checked by
                                       the adapter's eligibility function */
  size_t required_tag_count;
  const fc_reason_decl_t *reasons;
  size_t reason_count;
  const fc_event_decl_t *events;
  size_t event_count;
  const fc_timer_decl_t *timers;
  size_t timer_count;
  /* 1: an approval waits until data has been received ("no data received"
   * is then the pending reason, which must be declared). */
  uint32_t approve_requires_data;
  /* The reject reason answered when a VIN is added while its revoke or
   * cancel is still in progress (Ford: "invalid OEM state: VIN revoke in
   * progress"), or FC_NO_STRING for the host's generic error item. */
  fc_string_t add_during_transition;
} fc_brand_decl_t;

/* ------------------------------------------------------------------ */
/* Questions the host asks                                             */
/* ------------------------------------------------------------------ */

/* Is this vehicle eligible for activation? Asked on every `vehicles.add`
 * that would start an activation. The VIN is already normalized (17 of
 * [A-Z0-9]) while the host serves; the validator also sends garbage VINs
 * and tags (see "Garbage input" above). The brand is always one of the
 * adapter's. */
typedef struct fc_eligibility_query {
  fc_header_t header;
  fc_string_t brand;
  fc_string_t vin;
  const fc_tag_t *tags;
  size_t tag_count;
} fc_eligibility_query_t;

#define FC_ELIGIBLE 1     /* activation starts: pending (with `reason` if set) */
#define FC_NOT_ELIGIBLE 2 /* rejected with `reason` */

/* The host fills the header and sets `verdict` to FC_ELIGIBLE and `reason`
 * to none before the call. For FC_NOT_ELIGIBLE, `reason` must be a
 * declared or global reject reason; for FC_ELIGIBLE it may be a declared
 * pending reason. Write only fields that `header.size` covers. */
typedef struct fc_eligibility_answer {
  fc_header_t header;
  uint32_t verdict;
  fc_string_t reason;
  char *message; /* host-owned buffer for an error message */
  size_t message_capacity;
} fc_eligibility_answer_t;

/* What does this OEM signal mean for this clearance now? Asked on every
 * `vehicles.report` with a declared event. While the host serves, the
 * strings are what the comments below say; the validator also sends
 * garbage VINs, events, details, reasons and tags (see "Garbage input"
 * above). The brand and `current_status` are always real. */
typedef struct fc_event_query {
  fc_header_t header;
  fc_string_t brand;
  fc_string_t vin;
  fc_string_t event;  /* one of the brand's declared events */
  fc_string_t detail; /* free text from the client, at most 1 KiB; may be empty */
  fc_status_code_t current_status; /* always an FC_STATUS_* value */
  fc_string_t current_reason; /* may be empty */
  uint32_t data_received;     /* 1 once the clearance has received data */
  const fc_tag_t *tags;
  size_t tag_count;
} fc_event_query_t;

/* The host pre-fills `effect` and `reason` with the event's declaration,
 * so an adapter that has nothing to refine returns FC_OK untouched. A
 * refined answer must still name a declared or global reason of the kind
 * its effect needs. */
typedef struct fc_event_answer {
  fc_header_t header;
  fc_effect_t effect;
  fc_string_t reason;
  char *message;
  size_t message_capacity;
} fc_event_answer_t;

/* ------------------------------------------------------------------ */
/* The descriptor                                                      */
/* ------------------------------------------------------------------ */

#define FC_ADAPTER_FLAG_THREAD_SAFE 1u /* functions may run concurrently */

typedef struct fc_adapter {
  fc_header_t header;
  fc_string_t id;      /* stable id: [a-z0-9._-], e.g. "volkswagen-group" */
  fc_string_t version; /* the adapter's own version, e.g. "1.2.0" */
  fc_string_t group;   /* display name, e.g. "Volkswagen Group" */
  /* "MAJOR.MINOR" of the Swift compiler that built a Swift adapter, empty
   * for adapters without Swift code. The host refuses a Swift adapter built
   * by another Swift version than its own, since both share one runtime. */
  fc_string_t swift_version;
  uint32_t flags;       /* FC_ADAPTER_FLAG_* */
  void *adapter_data;   /* the adapter's own; the host never touches it */
  const fc_brand_decl_t *brands;
  size_t brand_count;

  /* Optional (NULL: nothing to do). Called once after the entry function
   * and before any other call; again after `deinit` when the host loads the
   * adapter again, so it must be safe to repeat. Anything but FC_OK means
   * the host calls nothing else. Within 100 ms. */
  fc_status_t (*init)(const struct fc_adapter *adapter, const fc_host_t *host,
                      char *message, size_t message_capacity);
  /* Optional. The host calls nothing after it but `init`. */
  void (*deinit)(const struct fc_adapter *adapter);

  /* Required. See fc_eligibility_query_t. */
  fc_status_t (*check_eligibility)(const struct fc_adapter *adapter,
                                   const fc_eligibility_query_t *query,
                                   fc_eligibility_answer_t *answer);
  /* Optional (NULL: every event means what its declaration says). */
  fc_status_t (*map_event)(const struct fc_adapter *adapter,
                           const fc_event_query_t *query,
                           fc_event_answer_t *answer);
  /* Optional. Looks up an optional capability by id with revision, such as
   * "com.example.feature/2"; NULL for every id the adapter does not know.
   * ABI 1.0 defines no capabilities: the host asks for none yet. */
  const void *(*get_extension)(const struct fc_adapter *adapter,
                               const char *id);
} fc_adapter_t;

/* The entry point, exported by every adapter for ABI major version 1.
 * Returns the adapter's static descriptor, or NULL when the adapter cannot
 * run in this host (it may log why through `host->log`). Must be fast, free
 * of side effects, and safe to call more than once; it must not call back
 * into the host except through `host->log`. */
typedef const fc_adapter_t *(*fc_adapter_entry_v1_fn)(const fc_host_t *host);

#ifdef __cplusplus
}
#endif

#endif /* FLEET_ADAPTER_H */
