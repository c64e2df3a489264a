/*
 * The Kia adapter, in plain C against fleet_adapter.h: proof that a brand
 * team with no Swift can ship an adapter. Everything is static, read-only
 * data plus one eligibility function.
 */
#include "kia_adapter.h"

#define CONNECTIVITY_DISABLED "in-vehicle connectivity settings are disabled"
#define NOT_ALLOWED "VIN activation not allowed by OEM"

static const fc_reason_decl_t kia_reasons[] = {
    {FC_HEADER(fc_reason_decl_t), FC_STRING(CONNECTIVITY_DISABLED), FC_REASON_REJECT,
     FC_STRING("Vehicle's connectivity is not activated")},
    /* The seed's table leaves this description empty; brands.list says so too. */
    {FC_HEADER(fc_reason_decl_t), FC_STRING(NOT_ALLOWED), FC_REASON_REJECT, FC_STRING("")},
};

#define EVENT(id, effect, reason, text) \
  {FC_HEADER(fc_event_decl_t), FC_STRING(id), effect, reason, FC_STRING(text)}

static const fc_event_decl_t kia_events[] = {
    EVENT("activation_succeeded", FC_EFFECT_APPROVE, FC_NO_STRING,
          "Kia activated data access for the VIN."),
    EVENT("data_received", FC_EFFECT_DATA_RECEIVED, FC_NO_STRING,
          "The vehicle sent data."),
    EVENT("connectivity_disabled", FC_EFFECT_REJECT, FC_STRING(CONNECTIVITY_DISABLED),
          "The vehicle's connectivity settings are turned off."),
    EVENT("activation_not_allowed", FC_EFFECT_REJECT, FC_STRING(NOT_ALLOWED),
          "Kia refused the activation of this VIN."),
    EVENT("vin_unknown", FC_EFFECT_REJECT, FC_STRING("invalid VIN"),
          "Kia does not know the VIN."),
    EVENT("vin_ineligible", FC_EFFECT_REJECT, FC_STRING("ineligible VIN"),
          "The vehicle cannot be activated."),
    EVENT("assigned_to_other_fleet", FC_EFFECT_REJECT,
          FC_STRING("VIN is assigned to a different OEM fleet"),
          "Another Kia fleet customer holds the VIN."),
    EVENT("client_not_configured", FC_EFFECT_REJECT, FC_STRING("invalid client configuration"),
          "The project is not configured at Kia."),
    EVENT("activation_failed", FC_EFFECT_REJECT, FC_STRING("unspecified"),
          "The activation failed without a reason."),
    EVENT("activation_error", FC_EFFECT_ERROR, FC_NO_STRING,
          "Kia's activation service failed."),
    EVENT("access_revoked", FC_EFFECT_REVOKED, FC_NO_STRING,
          "Data access for the VIN ended."),
};

static const fc_brand_decl_t kia_brands[] = {
    {
        .header = FC_HEADER(fc_brand_decl_t),
        .brand = FC_STRING("kia"),
        .can_cancel = 0,
        .cancel_min_age_seconds = 0,
        .required_tags = NULL,
        .required_tag_count = 0,
        .reasons = kia_reasons,
        .reason_count = sizeof kia_reasons / sizeof kia_reasons[0],
        .events = kia_events,
        .event_count = sizeof kia_events / sizeof kia_events[0],
        .timers = NULL,
        .timer_count = 0,
        .approve_requires_data = 0,
        .add_during_transition = FC_NO_STRING,
    },
};

/* Kia activates every well-formed VIN; refusals come from the OEM later. */
static fc_status_t kia_check_eligibility(const fc_adapter_t *adapter,
                                         const fc_eligibility_query_t *query,
                                         fc_eligibility_answer_t *answer) {
  (void)adapter;
  (void)query;
  answer->verdict = FC_ELIGIBLE;
  return FC_OK;
}

static const fc_adapter_t kia_adapter = {
    .header = FC_HEADER(fc_adapter_t),
    .id = FC_STRING("kia"),
    .version = FC_STRING("1.0.0"),
    .group = FC_STRING("Kia"),
    .swift_version = FC_NO_STRING,
    .flags = FC_ADAPTER_FLAG_THREAD_SAFE,
    .adapter_data = NULL,
    .brands = kia_brands,
    .brand_count = sizeof kia_brands / sizeof kia_brands[0],
    .init = NULL,
    .deinit = NULL,
    .check_eligibility = kia_check_eligibility,
    .map_event = NULL,
    .get_extension = NULL,
};

FC_EXPORT const fc_adapter_t *fc_adapter_entry_v1(const fc_host_t *host) {
  (void)host;
  return &kia_adapter;
}
