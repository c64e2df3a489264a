extension OpenRPCDocument {
  /// `components`: the shared schemas the methods reference with
  /// `{"$ref": "#/components/schemas/NAME"}`. JSON Schema draft 7, as
  /// OpenRPC uses it (a `$ref` takes no sibling keywords there).
  static let componentsText = #"""
    {
      "schemas": {
        "Vin": {
          "title": "Vin",
          "description": "A normalized VIN: 17 upper-case letters and digits. VINs given as input are trimmed and upper-cased before use.",
          "type": "string",
          "pattern": "^[A-Z0-9]{17}$"
        },
        "BrandId": {
          "title": "BrandId",
          "description": "A brand identifier as brands.list shows it: 1 to 32 characters of a-z, 0-9 and '-', matched exactly (no trimming, no case folding).",
          "type": "string",
          "pattern": "^[a-z0-9-]{1,32}$"
        },
        "Timestamp": {
          "title": "Timestamp",
          "description": "An RFC 3339 UTC time in whole seconds with a Z, the only form the host writes.",
          "type": "string",
          "format": "date-time",
          "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"
        },
        "TimeInput": {
          "title": "TimeInput",
          "description": "An RFC 3339 time given by the client. Fractions and offsets are accepted; the host converts the time to UTC and truncates it to whole seconds.",
          "type": "string",
          "format": "date-time"
        },
        "Tags": {
          "title": "Tags",
          "description": "Free-form key/value tags: at most 64, each key and value at most 256 bytes of UTF-8.",
          "type": "object",
          "maxProperties": 64,
          "additionalProperties": {"type": "string"}
        },
        "Status": {
          "title": "Status",
          "description": "The eight states of a clearance. A clearance is active while pending, approved, revoking or canceling.",
          "type": "string",
          "enum": ["pending", "approved", "rejected", "revoking", "revoked", "canceling", "canceled", "error"]
        },
        "Effect": {
          "title": "Effect",
          "description": "What an OEM event or a timer does to a clearance.",
          "type": "string",
          "enum": ["approve", "pending", "reject", "error", "revoked", "canceled", "data_received"]
        },
        "EventName": {
          "title": "EventName",
          "description": "A notification a client can subscribe to.",
          "type": "string",
          "enum": ["fleet_clearance_changed"]
        },
        "ProgressToken": {
          "title": "ProgressToken",
          "description": "A client-chosen token, echoed in every $/progress notification of the call.",
          "type": ["string", "integer"]
        },
        "ChangelogEntry": {
          "title": "ChangelogEntry",
          "description": "One step in a clearance's history; reason only when there is one.",
          "type": "object",
          "required": ["timestamp", "status"],
          "additionalProperties": false,
          "properties": {
            "timestamp": {"$ref": "#/components/schemas/Timestamp"},
            "status": {"$ref": "#/components/schemas/Status"},
            "reason": {"type": "string"}
          }
        },
        "Clearance": {
          "title": "Clearance",
          "description": "A vehicle's clearance. reason only when there is one; approved_at once approved (cleared by a new activation); changelog everywhere except in vehicles.add items.",
          "type": "object",
          "required": ["vin", "brand", "status", "tags", "inserted_at", "updated_at"],
          "additionalProperties": false,
          "properties": {
            "vin": {"$ref": "#/components/schemas/Vin"},
            "brand": {"$ref": "#/components/schemas/BrandId"},
            "status": {"$ref": "#/components/schemas/Status"},
            "reason": {"type": "string"},
            "tags": {"$ref": "#/components/schemas/Tags"},
            "inserted_at": {"$ref": "#/components/schemas/Timestamp"},
            "updated_at": {"$ref": "#/components/schemas/Timestamp"},
            "approved_at": {"$ref": "#/components/schemas/Timestamp"},
            "changelog": {"type": "array", "items": {"$ref": "#/components/schemas/ChangelogEntry"}}
          }
        },
        "ClearanceWithChangelog": {
          "title": "ClearanceWithChangelog",
          "description": "A clearance with its changelog, as vehicles.get, vehicles.list and vehicles.report return it.",
          "allOf": [{"$ref": "#/components/schemas/Clearance"}, {"required": ["changelog"]}]
        },
        "AddItem": {
          "title": "AddItem",
          "description": "One vehicle to add. An item that is not an object, lacks vin or brand, or has a field of the wrong type becomes an error item in the result rather than failing the call.",
          "type": "object",
          "required": ["vin", "brand"],
          "properties": {
            "vin": {"type": "string"},
            "brand": {"$ref": "#/components/schemas/BrandId"},
            "tags": {"$ref": "#/components/schemas/Tags"}
          }
        },
        "AddRefusal": {
          "title": "AddRefusal",
          "description": "The adapter refused a new request while the stored clearance goes on unchanged (a brand's add_during_transition reason, for a VIN whose revoke or cancel is in progress).",
          "type": "object",
          "required": ["vin", "brand", "status", "reason"],
          "additionalProperties": false,
          "properties": {
            "vin": {"$ref": "#/components/schemas/Vin"},
            "brand": {"$ref": "#/components/schemas/BrandId"},
            "status": {"const": "rejected"},
            "reason": {"type": "string"}
          }
        },
        "AddError": {
          "title": "AddError",
          "description": "An input that could not be processed (malformed VIN, unknown brand, no adapter loaded for the brand, the same VIN earlier in the call, an active clearance under another brand, an adapter that misbehaved, a field of the wrong type). It changes nothing.",
          "type": "object",
          "required": ["vin", "status", "description"],
          "additionalProperties": false,
          "properties": {
            "vin": {"description": "The input's vin value exactly as sent (not normalized); null when the item is not an object or has no vin."},
            "status": {"const": "error"},
            "description": {"type": "string"}
          }
        },
        "AddResultItem": {
          "title": "AddResultItem",
          "description": "One vehicles.add result item: the clearance as it now stands (without changelog), a refusal, or an error item.",
          "oneOf": [
            {"allOf": [{"$ref": "#/components/schemas/Clearance"}, {"not": {"required": ["changelog"]}}]},
            {"$ref": "#/components/schemas/AddRefusal"},
            {"$ref": "#/components/schemas/AddError"}
          ]
        },
        "Change": {
          "title": "Change",
          "description": "One changelog entry with the brand and tags the clearance had when it was made: the params of fleet_clearance_changed and an item of vehicles.changes. seq increases by one per entry across the whole host, starting at 1; previous_status is null for a first add.",
          "type": "object",
          "required": ["seq", "vin", "brand", "status", "previous_status", "timestamp", "tags"],
          "additionalProperties": false,
          "properties": {
            "seq": {"type": "integer", "minimum": 1},
            "vin": {"$ref": "#/components/schemas/Vin"},
            "brand": {"$ref": "#/components/schemas/BrandId"},
            "status": {"$ref": "#/components/schemas/Status"},
            "previous_status": {"anyOf": [{"$ref": "#/components/schemas/Status"}, {"type": "null"}]},
            "reason": {"type": "string"},
            "timestamp": {"$ref": "#/components/schemas/Timestamp"},
            "tags": {"$ref": "#/components/schemas/Tags"}
          }
        },
        "Brand": {
          "title": "Brand",
          "description": "A served brand as its adapter declares it. reasons lists the five global reasons followed by the adapter's own; cancel_min_age_seconds is null where can_cancel is false; a timer's reason null means whatever the pending reason; add_during_transition is the reason a brand answers when a VIN is added while its revoke or cancel is in progress, or null for the generic error item.",
          "type": "object",
          "required": [
            "brand", "group", "adapter", "adapter_version", "can_cancel", "cancel_min_age_seconds", "required_tags",
            "reasons", "events", "timers", "approve_requires_data", "add_during_transition"
          ],
          "additionalProperties": false,
          "properties": {
            "brand": {"$ref": "#/components/schemas/BrandId"},
            "group": {"type": "string"},
            "adapter": {"type": "string", "description": "The id of the adapter serving the brand, as plugins.list shows it."},
            "adapter_version": {"type": "string"},
            "can_cancel": {"type": "boolean"},
            "cancel_min_age_seconds": {"type": ["integer", "null"], "minimum": 0},
            "required_tags": {"type": "array", "items": {"type": "string"}},
            "reasons": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["reason", "kind", "description"],
                "additionalProperties": false,
                "properties": {
                  "reason": {"type": "string"},
                  "kind": {"type": "string", "enum": ["pending", "reject"]},
                  "description": {"type": "string"}
                }
              }
            },
            "events": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["event", "effect"],
                "additionalProperties": false,
                "properties": {
                  "event": {"type": "string"},
                  "effect": {"$ref": "#/components/schemas/Effect"},
                  "reason": {"type": "string"},
                  "description": {"type": "string"}
                }
              }
            },
            "timers": {
              "type": "array",
              "items": {
                "type": "object",
                "required": [
                  "status", "reason", "counts_from", "unless_data_received", "after_seconds", "effect", "then_reason"
                ],
                "additionalProperties": false,
                "properties": {
                  "status": {"$ref": "#/components/schemas/Status"},
                  "reason": {"type": ["string", "null"]},
                  "counts_from": {"type": "string", "enum": ["created", "reason_set"]},
                  "unless_data_received": {"type": "boolean"},
                  "after_seconds": {"type": "integer", "minimum": 0},
                  "effect": {"$ref": "#/components/schemas/Effect"},
                  "then_reason": {"type": ["string", "null"]}
                }
              }
            },
            "approve_requires_data": {"type": "boolean"},
            "add_during_transition": {"type": ["string", "null"]}
          }
        },
        "Plugin": {
          "title": "Plugin",
          "description": "One loaded version of an adapter library. generation starts at 1 and counts up per id (a reload, or a load after an unload, is the next generation); abi_version is \"MAJOR.MINOR\". path is the file the version was mapped from: for libraries loaded at start-up the plugins.json entry's real path, for plugins.load, plugins.reload and plugins.json edits a private copy in the host's temporary folder; source_path is the file the operator named (real path). brands: the brands this version serves; for a retired version the brands it declared. state is active for the version serving its brands, retired for one that was replaced or unloaded (it stays mapped but is never called).",
          "type": "object",
          "required": ["id", "generation", "version", "abi_version", "path", "source_path", "sha256", "brands", "loaded_at", "state"],
          "additionalProperties": false,
          "properties": {
            "id": {"type": "string"},
            "generation": {"type": "integer", "minimum": 1},
            "version": {"type": "string"},
            "abi_version": {"type": "string", "pattern": "^[0-9]+\\.[0-9]+$"},
            "path": {"type": "string"},
            "source_path": {"type": "string"},
            "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
            "brands": {"type": "array", "items": {"$ref": "#/components/schemas/BrandId"}},
            "loaded_at": {"$ref": "#/components/schemas/Timestamp"},
            "state": {"type": "string", "enum": ["active", "retired"]}
          }
        },
        "Filter": {
          "title": "Filter",
          "description": "The REST API's filter syntax: an object of field: {operator, value}, or field: [conditions...] when all of them must hold (a time range). All given fields must match. Any other field, operator or value type, a status that is not one of the eight states, an empty in list or an empty array of conditions is -32602. A brand or VIN that matches nothing simply matches nothing.",
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "vin": {
              "oneOf": [
                {"$ref": "#/components/schemas/StringCondition"},
                {"type": "array", "minItems": 1, "items": {"$ref": "#/components/schemas/StringCondition"}}
              ]
            },
            "brand": {
              "oneOf": [
                {"$ref": "#/components/schemas/StringCondition"},
                {"type": "array", "minItems": 1, "items": {"$ref": "#/components/schemas/StringCondition"}}
              ]
            },
            "status": {
              "oneOf": [
                {"$ref": "#/components/schemas/StatusCondition"},
                {"type": "array", "minItems": 1, "items": {"$ref": "#/components/schemas/StatusCondition"}}
              ]
            },
            "tags": {
              "oneOf": [
                {"$ref": "#/components/schemas/TagsCondition"},
                {"type": "array", "minItems": 1, "items": {"$ref": "#/components/schemas/TagsCondition"}}
              ]
            },
            "inserted_at": {
              "oneOf": [
                {"$ref": "#/components/schemas/TimeCondition"},
                {"type": "array", "minItems": 1, "items": {"$ref": "#/components/schemas/TimeCondition"}}
              ]
            },
            "approved_at": {
              "oneOf": [
                {"$ref": "#/components/schemas/TimeCondition"},
                {"type": "array", "minItems": 1, "items": {"$ref": "#/components/schemas/TimeCondition"}}
              ]
            },
            "updated_at": {
              "oneOf": [
                {"$ref": "#/components/schemas/TimeCondition"},
                {"type": "array", "minItems": 1, "items": {"$ref": "#/components/schemas/TimeCondition"}}
              ]
            }
          }
        },
        "StringCondition": {
          "title": "StringCondition",
          "description": "A vin or brand condition: eq one value, or in a non-empty list. VINs are normalized before comparing; brands are compared exactly.",
          "oneOf": [
            {
              "type": "object",
              "required": ["operator", "value"],
              "properties": {"operator": {"const": "eq"}, "value": {"type": "string"}}
            },
            {
              "type": "object",
              "required": ["operator", "value"],
              "properties": {
                "operator": {"const": "in"},
                "value": {"type": "array", "minItems": 1, "items": {"type": "string"}}
              }
            }
          ]
        },
        "StatusCondition": {
          "title": "StatusCondition",
          "description": "A status condition: eq one state, or in a non-empty list of states.",
          "oneOf": [
            {
              "type": "object",
              "required": ["operator", "value"],
              "properties": {"operator": {"const": "eq"}, "value": {"$ref": "#/components/schemas/Status"}}
            },
            {
              "type": "object",
              "required": ["operator", "value"],
              "properties": {
                "operator": {"const": "in"},
                "value": {"type": "array", "minItems": 1, "items": {"$ref": "#/components/schemas/Status"}}
              }
            }
          ]
        },
        "TagsCondition": {
          "title": "TagsCondition",
          "description": "A tags condition: eq matches a clearance with exactly these tags; contains one where every given key/value is present.",
          "type": "object",
          "required": ["operator", "value"],
          "properties": {
            "operator": {"type": "string", "enum": ["eq", "contains"]},
            "value": {"$ref": "#/components/schemas/Tags"}
          }
        },
        "TimeCondition": {
          "title": "TimeCondition",
          "description": "A condition on inserted_at, approved_at or updated_at. A clearance that was never approved matches no approved_at condition.",
          "type": "object",
          "required": ["operator", "value"],
          "properties": {
            "operator": {"type": "string", "enum": ["eq", "lt", "gt", "lte", "gte"]},
            "value": {"$ref": "#/components/schemas/TimeInput"}
          }
        },
        "ErrorData": {
          "title": "ErrorData",
          "description": "The data of every error except -32800, the same three fields as the fleet clearance REST API's error objects: title is the error's message, detail the specific text, source the field or input concerned (for example vin, limit or filter.status.operator).",
          "type": "object",
          "required": ["title", "detail"],
          "additionalProperties": false,
          "properties": {
            "title": {"type": "string"},
            "detail": {"type": "string"},
            "source": {"type": "string"}
          }
        },
        "CancelledData": {
          "title": "CancelledData",
          "description": "The data of -32800 Request cancelled: how far the call got. vehicles.add gives {done, total}, the first done inputs staying applied; vehicles.list gives {done}, the clearances examined so far.",
          "type": "object",
          "required": ["done"],
          "additionalProperties": false,
          "properties": {
            "done": {"type": "integer", "minimum": 0},
            "total": {"type": "integer", "minimum": 1}
          }
        }
      }
    }
    """#
}
