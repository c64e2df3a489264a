extension OpenRPCDocument {
  /// `brands.list` and `plugins.list`. (`plugins.load`, `plugins.reload` and
  /// `plugins.unload` join them once the host implements them.)
  static let brandMethodsText = #"""
    [
      {
        "name": "brands.list",
        "summary": "Every served brand with its adapter's declarations.",
        "description": "One entry per served brand, ordered by brand: which adapter serves it, whether it can cancel, its required tags, the reasons it can produce (the five global reasons plus the adapter's own), the events `vehicles.report` accepts for it with their effects, and its timers. Params, if any, are ignored.",
        "tags": [{"name": "brands"}],
        "paramStructure": "by-name",
        "params": [],
        "result": {
          "name": "brands",
          "schema": {
            "type": "object",
            "required": ["brands"],
            "additionalProperties": false,
            "properties": {"brands": {"type": "array", "items": {"$ref": "#/components/schemas/Brand"}}}
          }
        },
        "errors": [\#(afterShutdownError)],
        "examples": [
          {
            "name": "the Kia adapter alone",
            "params": [],
            "result": {
              "name": "brands",
              "value": {
                "brands": [
                  {
                    "brand": "kia",
                    "group": "Kia",
                    "adapter": "kia",
                    "adapter_version": "1.0.0",
                    "can_cancel": false,
                    "cancel_min_age_seconds": null,
                    "required_tags": [],
                    "reasons": [
                      {
                        "reason": "unspecified",
                        "kind": "reject",
                        "description": "When an activation fails without any specific reason, this reason is returned. For many brands this means that the vehicle is not eligible."
                      },
                      {
                        "reason": "invalid client configuration",
                        "kind": "reject",
                        "description": "This indicates that your project has not been configured by our support team. Please get in touch with your contact person."
                      },
                      {
                        "reason": "invalid VIN",
                        "kind": "reject",
                        "description": "The VIN is not recognised by the manufacturer as an eligible vehicle."
                      },
                      {"reason": "ineligible VIN", "kind": "reject", "description": "The vehicle is not eligible for activation."},
                      {
                        "reason": "VIN is assigned to a different OEM fleet",
                        "kind": "reject",
                        "description": "The VIN is already activated by another customer of the OEM, which blocks High Mobility from activating it."
                      },
                      {
                        "reason": "in-vehicle connectivity settings are disabled",
                        "kind": "reject",
                        "description": "Vehicle's connectivity is not activated"
                      },
                      {
                        "reason": "VIN activation not allowed by OEM",
                        "kind": "reject",
                        "description": "Kia does not allow this VIN to be activated for fleet data access."
                      }
                    ],
                    "events": [
                      {"event": "activation_succeeded", "effect": "approve", "description": "Kia activated data access for the VIN."},
                      {"event": "data_received", "effect": "data_received", "description": "The vehicle sent data."},
                      {
                        "event": "connectivity_disabled",
                        "effect": "reject",
                        "reason": "in-vehicle connectivity settings are disabled",
                        "description": "The vehicle's connectivity settings are turned off."
                      },
                      {
                        "event": "activation_not_allowed",
                        "effect": "reject",
                        "reason": "VIN activation not allowed by OEM",
                        "description": "Kia refused the activation of this VIN."
                      },
                      {"event": "vin_unknown", "effect": "reject", "reason": "invalid VIN", "description": "Kia does not know the VIN."},
                      {
                        "event": "vin_ineligible",
                        "effect": "reject",
                        "reason": "ineligible VIN",
                        "description": "The vehicle cannot be activated."
                      },
                      {
                        "event": "assigned_to_other_fleet",
                        "effect": "reject",
                        "reason": "VIN is assigned to a different OEM fleet",
                        "description": "Another Kia fleet customer holds the VIN."
                      },
                      {
                        "event": "client_not_configured",
                        "effect": "reject",
                        "reason": "invalid client configuration",
                        "description": "The project is not configured at Kia."
                      },
                      {
                        "event": "activation_failed",
                        "effect": "reject",
                        "reason": "unspecified",
                        "description": "The activation failed without a reason."
                      },
                      {"event": "activation_error", "effect": "error", "description": "Kia's activation service failed."},
                      {"event": "access_revoked", "effect": "revoked", "description": "Data access for the VIN ended."}
                    ],
                    "timers": [],
                    "approve_requires_data": false,
                    "add_during_transition": null
                  }
                ]
              }
            }
          }
        ]
      },
      {
        "name": "plugins.list",
        "summary": "Every loaded adapter library version.",
        "description": "One entry per loaded version of an adapter library: `state` is `active` for the version serving its brands and `retired` for one it replaced. Params, if any, are ignored.",
        "tags": [{"name": "plugins"}],
        "paramStructure": "by-name",
        "params": [],
        "result": {
          "name": "plugins",
          "schema": {
            "type": "object",
            "required": ["plugins"],
            "additionalProperties": false,
            "properties": {"plugins": {"type": "array", "items": {"$ref": "#/components/schemas/Plugin"}}}
          }
        },
        "errors": [\#(afterShutdownError)],
        "examples": [
          {
            "name": "two adapters",
            "params": [],
            "result": {
              "name": "plugins",
              "value": {
                "plugins": [
                  {
                    "id": "volkswagen-group",
                    "generation": 1,
                    "version": "1.0.0",
                    "abi_version": "1.0",
                    "path": "/srv/fleet-clearance/.build/debug/libVolkswagenGroup.so",
                    "sha256": "73f66174855a06b8d4a5cc4f9f18371aee048f0f68bd3eaa324b44e168299fa2",
                    "brands": ["volkswagen", "audi", "skoda", "seat", "cupra"],
                    "loaded_at": "2026-01-01T00:00:00Z",
                    "state": "active"
                  },
                  {
                    "id": "kia",
                    "generation": 1,
                    "version": "1.0.0",
                    "abi_version": "1.0",
                    "path": "/srv/fleet-clearance/.build/debug/libKia.so",
                    "sha256": "10dc86c035fa1cbfd068e1755da52db89283b7825fc29e767992fe81cba4c983",
                    "brands": ["kia"],
                    "loaded_at": "2026-01-01T00:00:00Z",
                    "state": "active"
                  }
                ]
              }
            }
          }
        ]
      }
    ]
    """#
}
