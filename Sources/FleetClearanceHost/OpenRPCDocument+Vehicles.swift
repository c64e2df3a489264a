extension OpenRPCDocument {
  /// The clearance methods, `vehicles.*`.
  static let vehicleMethodsText = #"""
    [
      {
        "name": "vehicles.add",
        "summary": "Request clearances for vehicles (POST /v1/fleets/vehicles).",
        "description": "Returns one item per input, in input order: the clearance as it now stands, without changelog (new, or unchanged when it was already pending or approved for the same brand: adding is idempotent and keeps the stored tags); a refusal `{vin, brand, status: \"rejected\", reason}` when the brand's adapter refuses a new request while the stored clearance goes on unchanged (during a revoke or cancel); or an error item `{vin, status: \"error\", description}` for an input that cannot be processed. The first occurrence of a VIN in a call counts, even if it became an error item; later ones are error items. An adapter that misbehaves makes that vehicle an error item naming the adapter, and the rest go on. Re-adding a rejected, revoked, canceled or error clearance starts a new activation: `inserted_at` becomes now, `approved_at` is cleared, brand and tags are replaced, the changelog goes on.\n\nA call of more than 1,000 vehicles is a long call: with a `progress_token` the host sends `$/progress` at least every 1,000 vehicles and once more with `done == total` before the response, and `$/cancelRequest` stops it with -32800 whose `data` is `{done, total}` (the first `done` inputs stay applied).",
        "tags": [{"name": "vehicles"}],
        "paramStructure": "by-name",
        "params": [
          {
            "name": "vehicles",
            "description": "1 to 10,000 vehicles; a missing, non-array, empty or longer list is -32602.",
            "required": true,
            "schema": {"type": "array", "minItems": 1, "maxItems": 10000, "items": {"$ref": "#/components/schemas/AddItem"}}
          },
          {
            "name": "progress_token",
            "description": "Asks for $/progress notifications carrying this token (calls of more than 1,000 vehicles only).",
            "required": false,
            "schema": {"$ref": "#/components/schemas/ProgressToken"}
          }
        ],
        "result": {
          "name": "added",
          "schema": {
            "type": "object",
            "required": ["vehicles"],
            "additionalProperties": false,
            "properties": {
              "vehicles": {"type": "array", "items": {"$ref": "#/components/schemas/AddResultItem"}}
            }
          }
        },
        "errors": [
          \#(afterShutdownError),
          {
            "code": -32602,
            "message": "Invalid params",
            "data": {"title": "Invalid params", "detail": "vehicles must hold 1 to 10000 items, got 0", "source": "vehicles"}
          },
          {"code": -32800, "message": "Request cancelled", "data": {"done": 2000, "total": 5000}}
        ],
        "examples": [
          {
            "name": "add three vehicles and a malformed VIN",
            "params": [
              {
                "name": "vehicles",
                "value": [
                  {
                    "vin": "wvwzzz1jz3w386752",
                    "brand": "volkswagen",
                    "tags": {"vw-group-customer-name": "Acme Fleet", "fleet": "north"}
                  },
                  {"vin": "KNAGM4A77D5316538", "brand": "kia"},
                  {"vin": "123", "brand": "kia"},
                  {"vin": "WAUZZZ8V5KA106598", "brand": "audi"}
                ]
              }
            ],
            "result": {
              "name": "added",
              "value": {
                "vehicles": [
                  {
                    "vin": "WVWZZZ1JZ3W386752",
                    "brand": "volkswagen",
                    "status": "pending",
                    "tags": {"vw-group-customer-name": "Acme Fleet", "fleet": "north"},
                    "inserted_at": "2026-01-01T00:00:00Z",
                    "updated_at": "2026-01-01T00:00:00Z"
                  },
                  {
                    "vin": "KNAGM4A77D5316538",
                    "brand": "kia",
                    "status": "pending",
                    "tags": {},
                    "inserted_at": "2026-01-01T00:00:00Z",
                    "updated_at": "2026-01-01T00:00:00Z"
                  },
                  {
                    "vin": "123",
                    "status": "error",
                    "description": "invalid VIN format: \"123\" is not 17 letters and digits"
                  },
                  {
                    "vin": "WAUZZZ8V5KA106598",
                    "brand": "audi",
                    "status": "rejected",
                    "reason": "customer name tag missing",
                    "tags": {},
                    "inserted_at": "2026-01-01T00:00:00Z",
                    "updated_at": "2026-01-01T00:00:00Z"
                  }
                ]
              }
            }
          }
        ]
      },
      {
        "name": "vehicles.get",
        "summary": "One clearance with its changelog.",
        "description": "An unknown VIN is -32001; so is a malformed one (no clearance can have it), with `data.detail` saying it is malformed.",
        "tags": [{"name": "vehicles"}],
        "paramStructure": "by-name",
        "params": [
          {
            "name": "vin",
            "description": "Trimmed and upper-cased before use.",
            "required": true,
            "schema": {"type": "string"}
          }
        ],
        "result": {"name": "clearance", "schema": {"$ref": "#/components/schemas/ClearanceWithChangelog"}},
        "errors": [
          \#(afterShutdownError),
          {
            "code": -32602,
            "message": "Invalid params",
            "data": {"title": "Invalid params", "detail": "vin is missing", "source": "vin"}
          },
          {
            "code": -32001,
            "message": "Not found",
            "data": {
              "title": "Not found",
              "detail": "no clearance for VIN KNAGM4A77D5316539; add it with vehicles.add",
              "source": "vin"
            }
          }
        ],
        "examples": [
          {
            "name": "an approved clearance",
            "params": [{"name": "vin", "value": "KNAGM4A77D5316538"}],
            "result": {
              "name": "clearance",
              "value": {
                "vin": "KNAGM4A77D5316538",
                "brand": "kia",
                "status": "approved",
                "tags": {},
                "inserted_at": "2026-01-01T00:00:00Z",
                "updated_at": "2026-01-01T02:00:00Z",
                "approved_at": "2026-01-01T02:00:00Z",
                "changelog": [
                  {"timestamp": "2026-01-01T00:00:00Z", "status": "pending"},
                  {"timestamp": "2026-01-01T02:00:00Z", "status": "approved"}
                ]
              }
            }
          }
        ]
      },
      {
        "name": "vehicles.list",
        "summary": "Clearances matching a filter, with their changelogs, a page at a time.",
        "description": "Results are ordered by VIN. The cursor is opaque; the next page continues after the last VIN returned, with the filter applied at that moment, so no clearance is returned twice and none that matched throughout is skipped. `next_cursor` is null when no further clearance matches at the time of the response (so a last page exactly `limit` long has a null cursor). A `vehicles.list` is a long call: `$/cancelRequest` stops it with -32800 whose `data` is `{done}`, the clearances examined so far.",
        "tags": [{"name": "vehicles"}],
        "paramStructure": "by-name",
        "params": [
          {"name": "filter", "required": false, "schema": {"$ref": "#/components/schemas/Filter"}},
          {
            "name": "limit",
            "description": "Page size, 1 to 10,000; defaults to 1,000.",
            "required": false,
            "schema": {"type": "integer", "minimum": 1, "maximum": 10000, "default": 1000}
          },
          {
            "name": "cursor",
            "description": "A next_cursor from an earlier page, passed as it came; absent or null starts at the first page.",
            "required": false,
            "schema": {"type": ["string", "null"]}
          }
        ],
        "result": {
          "name": "page",
          "schema": {
            "type": "object",
            "required": ["vehicles", "next_cursor"],
            "additionalProperties": false,
            "properties": {
              "vehicles": {"type": "array", "items": {"$ref": "#/components/schemas/ClearanceWithChangelog"}},
              "next_cursor": {"type": ["string", "null"]}
            }
          }
        },
        "errors": [
          \#(afterShutdownError),
          {
            "code": -32602,
            "message": "Invalid params",
            "data": {
              "title": "Invalid params",
              "detail": "status takes the operators eq and in, not \"lt\"",
              "source": "filter.status.operator"
            }
          },
          {"code": -32800, "message": "Request cancelled", "data": {"done": 120000}}
        ],
        "examples": [
          {
            "name": "pending or approved, added in January",
            "params": [
              {
                "name": "filter",
                "value": {
                  "status": {"operator": "in", "value": ["pending", "approved"]},
                  "inserted_at": [
                    {"operator": "gte", "value": "2026-01-01T00:00:00Z"},
                    {"operator": "lt", "value": "2026-02-01T00:00:00Z"}
                  ]
                }
              },
              {"name": "limit", "value": 1}
            ],
            "result": {
              "name": "page",
              "value": {
                "vehicles": [
                  {
                    "vin": "KNAGM4A77D5316538",
                    "brand": "kia",
                    "status": "approved",
                    "tags": {},
                    "inserted_at": "2026-01-01T00:00:00Z",
                    "updated_at": "2026-01-01T02:00:00Z",
                    "approved_at": "2026-01-01T02:00:00Z",
                    "changelog": [
                      {"timestamp": "2026-01-01T00:00:00Z", "status": "pending"},
                      {"timestamp": "2026-01-01T02:00:00Z", "status": "approved"}
                    ]
                  }
                ],
                "next_cursor": "v1.KNAGM4A77D5316538"
              }
            }
          }
        ]
      },
      {
        "name": "vehicles.delete",
        "summary": "Revoke an approved clearance or cancel a pending one (DELETE /v1/fleets/vehicles/{vin}).",
        "description": "Approved becomes `revoking`; pending becomes `canceling` where the brand's adapter supports cancelation and the clearance is at least the brand's `cancel_min_age_seconds` old. Otherwise: -32001 for an unknown or malformed VIN; -32002 \"Clearance is already removed\" (rejected, revoked, canceled, error) or \"Clearance is in transition mode\" (revoking, canceling); -32003 \"cancellation is not supported for this vin\", or no adapter loaded for the brand of a pending clearance; -32004 for a pending clearance younger than the brand's minimum age.",
        "tags": [{"name": "vehicles"}],
        "paramStructure": "by-name",
        "params": [
          {
            "name": "vin",
            "description": "Trimmed and upper-cased before use.",
            "required": true,
            "schema": {"type": "string"}
          }
        ],
        "result": {
          "name": "deleted",
          "schema": {
            "type": "object",
            "required": ["vin", "status", "tags"],
            "additionalProperties": false,
            "properties": {
              "vin": {"$ref": "#/components/schemas/Vin"},
              "status": {"type": "string", "enum": ["revoking", "canceling"]},
              "tags": {"$ref": "#/components/schemas/Tags"}
            }
          }
        },
        "errors": [
          \#(afterShutdownError),
          {
            "code": -32602,
            "message": "Invalid params",
            "data": {"title": "Invalid params", "detail": "vin must be a string, got number", "source": "vin"}
          },
          {
            "code": -32001,
            "message": "Not found",
            "data": {
              "title": "Not found",
              "detail": "VIN \"bad\" is malformed: a VIN is 17 letters and digits; no clearance can have it",
              "source": "vin"
            }
          },
          {
            "code": -32002,
            "message": "Conflict",
            "data": {"title": "Conflict", "detail": "Clearance is in transition mode", "source": "vin"}
          },
          {
            "code": -32003,
            "message": "Not supported",
            "data": {"title": "Not supported", "detail": "cancellation is not supported for this vin", "source": "vin"}
          },
          {
            "code": -32004,
            "message": "Too early",
            "data": {
              "title": "Too early",
              "detail": "a pending clearance can be canceled once it is 86400 seconds old; this one is 3600 seconds old",
              "source": "vin"
            }
          }
        ],
        "examples": [
          {
            "name": "revoke an approved clearance",
            "params": [{"name": "vin", "value": "KNAGM4A77D5316538"}],
            "result": {"name": "deleted", "value": {"vin": "KNAGM4A77D5316538", "status": "revoking", "tags": {}}}
          }
        ]
      },
      {
        "name": "vehicles.report",
        "summary": "Apply an OEM-side signal to a clearance.",
        "description": "`event` is a signal in the brand adapter's own vocabulary, as `brands.list` declares it (an undeclared event is -32602 with source `event`). The adapter's mapping may refine the declared effect by the current state and `detail`, but only ever answers with a declared reason. `at`, when given, is when the OEM sent the signal: it stamps the changelog entry (setting `updated_at`, and `approved_at` when it approves) and starts any timer that counts from the reason; it may not lie before the clearance's last changelog entry or after the host's now (-32602), and it is checked even when the report makes no entry. After the change the host fires every timer already due, so a report backdated past a timer's end answers with the timer's outcome. Returns the clearance with its changelog. Errors: -32001 unknown or malformed VIN; -32003 no adapter loaded for the clearance's brand; -32005 an event whose effect does not apply to the current state; -32010 the adapter misbehaved.",
        "tags": [{"name": "vehicles"}],
        "paramStructure": "by-name",
        "params": [
          {
            "name": "vin",
            "description": "Trimmed and upper-cased before use.",
            "required": true,
            "schema": {"type": "string"}
          },
          {
            "name": "event",
            "description": "An event the clearance's brand declares in brands.list.",
            "required": true,
            "schema": {"type": "string"}
          },
          {
            "name": "detail",
            "description": "Extra text for the adapter's mapping, at most 1 KiB of UTF-8.",
            "required": false,
            "schema": {"type": "string", "maxLength": 1024}
          },
          {
            "name": "at",
            "description": "When the OEM sent the signal; defaults to the host's now.",
            "required": false,
            "schema": {"$ref": "#/components/schemas/TimeInput"}
          }
        ],
        "result": {"name": "clearance", "schema": {"$ref": "#/components/schemas/ClearanceWithChangelog"}},
        "errors": [
          \#(afterShutdownError),
          {
            "code": -32602,
            "message": "Invalid params",
            "data": {
              "title": "Invalid params",
              "detail": "at (2025-01-01T00:00:00Z) lies before the clearance's last changelog entry (2026-01-01T02:00:00Z)",
              "source": "at"
            }
          },
          {
            "code": -32001,
            "message": "Not found",
            "data": {
              "title": "Not found",
              "detail": "no clearance for VIN KNAGM4A77D5316539; add it with vehicles.add",
              "source": "vin"
            }
          },
          {
            "code": -32003,
            "message": "Not supported",
            "data": {
              "title": "Not supported",
              "detail": "no adapter is loaded for brand \"kia\"; load one with plugins.load or add it to plugins.json",
              "source": "vin"
            }
          },
          {
            "code": -32005,
            "message": "Invalid transition",
            "data": {
              "title": "Invalid transition",
              "detail": "an event with effect \"approve\" does not apply to a clearance that is revoking",
              "source": "event"
            }
          },
          {
            "code": -32010,
            "message": "Adapter error",
            "data": {
              "title": "Adapter error",
              "detail": "adapter \"volkswagen-group\" misbehaved in map_event: returned status 2: the code table is not loaded",
              "source": "event"
            }
          }
        ],
        "examples": [
          {
            "name": "privacy mode, reported half an hour late",
            "params": [
              {"name": "vin", "value": "WVWZZZ1JZ3W386752"},
              {"name": "event", "value": "privacy_mode_enabled"},
              {"name": "at", "value": "2026-01-01T01:30:00Z"}
            ],
            "result": {
              "name": "clearance",
              "value": {
                "vin": "WVWZZZ1JZ3W386752",
                "brand": "volkswagen",
                "status": "pending",
                "reason": "privacy mode is enabled",
                "tags": {"vw-group-customer-name": "Acme Fleet", "fleet": "north"},
                "inserted_at": "2026-01-01T00:00:00Z",
                "updated_at": "2026-01-01T01:30:00Z",
                "changelog": [
                  {"timestamp": "2026-01-01T00:00:00Z", "status": "pending"},
                  {"timestamp": "2026-01-01T01:30:00Z", "status": "pending", "reason": "privacy mode is enabled"}
                ]
              }
            }
          }
        ]
      },
      {
        "name": "vehicles.changes",
        "summary": "Every changelog entry in the order it was made, from a seq on.",
        "description": "Each change is shaped like the `fleet_clearance_changed` notification's params and carries the brand and tags the clearance had when the entry was made; a client that missed notifications (or was not running) catches up from the last `seq` it saw. `since` is exclusive and defaults to 0 (the first entry's seq is 1); `next_since` is the seq of the last change returned, or `since` itself when none was.",
        "tags": [{"name": "vehicles"}, {"name": "events"}],
        "paramStructure": "by-name",
        "params": [
          {
            "name": "since",
            "description": "Return changes with a seq greater than this.",
            "required": false,
            "schema": {"type": "integer", "minimum": 0, "default": 0}
          },
          {
            "name": "limit",
            "description": "At most this many changes, 1 to 10,000; defaults to 1,000.",
            "required": false,
            "schema": {"type": "integer", "minimum": 1, "maximum": 10000, "default": 1000}
          }
        ],
        "result": {
          "name": "changes",
          "schema": {
            "type": "object",
            "required": ["changes", "next_since"],
            "additionalProperties": false,
            "properties": {
              "changes": {"type": "array", "items": {"$ref": "#/components/schemas/Change"}},
              "next_since": {"type": "integer", "minimum": 0}
            }
          }
        },
        "errors": [
          \#(afterShutdownError),
          {
            "code": -32602,
            "message": "Invalid params",
            "data": {
              "title": "Invalid params",
              "detail": "since must be between 0 and 9223372036854775807, got -1",
              "source": "since"
            }
          }
        ],
        "examples": [
          {
            "name": "two changes after seq 2",
            "params": [{"name": "since", "value": 2}, {"name": "limit", "value": 2}],
            "result": {
              "name": "changes",
              "value": {
                "changes": [
                  {
                    "seq": 3,
                    "vin": "WAUZZZ8V5KA106598",
                    "brand": "audi",
                    "status": "rejected",
                    "previous_status": null,
                    "reason": "customer name tag missing",
                    "timestamp": "2026-01-01T00:00:00Z",
                    "tags": {}
                  },
                  {
                    "seq": 4,
                    "vin": "WVWZZZ1JZ3W386752",
                    "brand": "volkswagen",
                    "status": "pending",
                    "previous_status": "pending",
                    "reason": "privacy mode is enabled",
                    "timestamp": "2026-01-01T01:30:00Z",
                    "tags": {"vw-group-customer-name": "Acme Fleet", "fleet": "north"}
                  }
                ],
                "next_since": 4
              }
            }
          }
        ]
      }
    ]
    """#
}
