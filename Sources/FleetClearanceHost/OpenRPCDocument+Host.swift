extension OpenRPCDocument {
  /// The -32600 every request gets between `shutdown` and `exit`.
  static let afterShutdownError = #"""
    {
      "code": -32600,
      "message": "Invalid Request",
      "data": {
        "title": "Invalid Request",
        "detail": "the host is shutting down after shutdown; send the exit notification",
        "source": "method"
      }
    }
    """#

  /// Lifecycle, subscription and clock methods, including the client's
  /// notifications `exit` and `$/cancelRequest`.
  static let hostMethodsText = #"""
    [
      {
        "name": "initialize",
        "summary": "Optional handshake: server info, capabilities and served brands.",
        "description": "Optional: any call works without it. A client may pass `capabilities.events` to subscribe to notifications at once, like `events.subscribe` (an empty list unsubscribes; other capability fields are ignored). The result's `capabilities.events` lists the events the host can send, not the subscription.",
        "tags": [{"name": "lifecycle"}],
        "paramStructure": "by-name",
        "params": [
          {
            "name": "capabilities",
            "description": "What the client wants; only events is read.",
            "required": false,
            "schema": {
              "type": "object",
              "properties": {
                "events": {"type": "array", "items": {"$ref": "#/components/schemas/EventName"}}
              }
            }
          }
        ],
        "result": {
          "name": "initializeResult",
          "schema": {
            "type": "object",
            "required": ["server_info", "protocol_version", "capabilities", "brands"],
            "additionalProperties": false,
            "properties": {
              "server_info": {
                "type": "object",
                "required": ["name", "version"],
                "additionalProperties": false,
                "properties": {"name": {"type": "string"}, "version": {"type": "string"}}
              },
              "protocol_version": {"type": "string"},
              "capabilities": {
                "type": "object",
                "required": ["events", "progress", "cancel_request", "clock"],
                "additionalProperties": false,
                "properties": {
                  "events": {"type": "array", "items": {"$ref": "#/components/schemas/EventName"}},
                  "progress": {"type": "boolean"},
                  "cancel_request": {"type": "boolean"},
                  "clock": {"type": "string", "enum": ["system", "manual"]}
                }
              },
              "brands": {"type": "array", "items": {"$ref": "#/components/schemas/BrandId"}}
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
              "detail": "capabilities.events[0] is not a known event; the only event is fleet_clearance_changed",
              "source": "capabilities.events[0]"
            }
          }
        ],
        "examples": [
          {
            "name": "initialize and subscribe",
            "params": [{"name": "capabilities", "value": {"events": ["fleet_clearance_changed"]}}],
            "result": {
              "name": "initializeResult",
              "value": {
                "server_info": {"name": "fleet-clearance", "version": "\#(FleetHost.version)"},
                "protocol_version": "\#(FleetHost.protocolVersion)",
                "capabilities": {
                  "events": ["fleet_clearance_changed"],
                  "progress": true,
                  "cancel_request": true,
                  "clock": "system"
                },
                "brands": ["audi", "cupra", "kia", "seat", "skoda", "volkswagen"]
              }
            }
          }
        ]
      },
      {
        "name": "shutdown",
        "summary": "Prepare to exit.",
        "description": "Returns null; afterwards every request gets -32600 until the `exit` notification.",
        "tags": [{"name": "lifecycle"}],
        "paramStructure": "by-name",
        "params": [],
        "result": {"name": "shutdownResult", "schema": {"type": "null"}},
        "errors": [\#(afterShutdownError)],
        "examples": [
          {"name": "shutdown", "params": [], "result": {"name": "shutdownResult", "value": null}}
        ]
      },
      {
        "name": "exit",
        "summary": "Notification from the client: the process exits.",
        "description": "A notification (no id, no response): the host exits with status 0 after `shutdown`, else 1.",
        "tags": [{"name": "lifecycle"}, {"name": "notification"}],
        "x-notification": "from-client",
        "paramStructure": "by-name",
        "params": [],
        "examples": [{"name": "exit", "params": []}]
      },
      {
        "name": "ping",
        "summary": "Check that the host answers.",
        "description": "Returns an empty object. Params, if any, are ignored.",
        "tags": [{"name": "lifecycle"}],
        "paramStructure": "by-name",
        "params": [],
        "result": {"name": "pong", "schema": {"type": "object", "maxProperties": 0}},
        "errors": [\#(afterShutdownError)],
        "examples": [{"name": "ping", "params": [], "result": {"name": "pong", "value": {}}}]
      },
      {
        "name": "host.stats",
        "summary": "Counters about the host.",
        "description": "`uptime_seconds` is wall time whatever the clock mode; `clearances.by_status` lists all eight states, zeros included; `adapters` is the number of active adapters; `journal_bytes` is 0 in memory; `requests_served` counts requests answered before this one.",
        "tags": [{"name": "lifecycle"}],
        "paramStructure": "by-name",
        "params": [],
        "result": {
          "name": "stats",
          "schema": {
            "type": "object",
            "required": ["uptime_seconds", "clearances", "adapters", "journal_bytes", "requests_served"],
            "additionalProperties": false,
            "properties": {
              "uptime_seconds": {"type": "integer", "minimum": 0},
              "clearances": {
                "type": "object",
                "required": ["total", "by_status", "by_brand"],
                "additionalProperties": false,
                "properties": {
                  "total": {"type": "integer", "minimum": 0},
                  "by_status": {
                    "type": "object",
                    "required": ["pending", "approved", "rejected", "revoking", "revoked", "canceling", "canceled", "error"],
                    "additionalProperties": false,
                    "properties": {
                      "pending": {"type": "integer", "minimum": 0},
                      "approved": {"type": "integer", "minimum": 0},
                      "rejected": {"type": "integer", "minimum": 0},
                      "revoking": {"type": "integer", "minimum": 0},
                      "revoked": {"type": "integer", "minimum": 0},
                      "canceling": {"type": "integer", "minimum": 0},
                      "canceled": {"type": "integer", "minimum": 0},
                      "error": {"type": "integer", "minimum": 0}
                    }
                  },
                  "by_brand": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0}}
                }
              },
              "adapters": {"type": "integer", "minimum": 0},
              "journal_bytes": {"type": "integer", "minimum": 0},
              "requests_served": {"type": "integer", "minimum": 0}
            }
          }
        },
        "errors": [\#(afterShutdownError)],
        "examples": [
          {
            "name": "a small fleet",
            "params": [],
            "result": {
              "name": "stats",
              "value": {
                "uptime_seconds": 3605,
                "clearances": {
                  "total": 2,
                  "by_status": {
                    "pending": 1,
                    "approved": 0,
                    "rejected": 0,
                    "revoking": 1,
                    "revoked": 0,
                    "canceling": 0,
                    "canceled": 0,
                    "error": 0
                  },
                  "by_brand": {"kia": 1, "volkswagen": 1}
                },
                "adapters": 2,
                "journal_bytes": 0,
                "requests_served": 9
              }
            }
          }
        ]
      },
      {
        "name": "$/cancelRequest",
        "summary": "Notification from the client: cancel a long call.",
        "description": "A notification (no id, no response). A long call still in progress (a `vehicles.add` of more than 1,000 vehicles, or a `vehicles.list`) stops at a safe point and is answered with -32800 \"Request cancelled\"; what it already applied stays applied and is reported in the error's `data` (see CancelledData). A cancel that arrives before the call has finished, including one already waiting behind it, is honoured. Unknown or finished ids are ignored.",
        "tags": [{"name": "lifecycle"}, {"name": "notification"}],
        "x-notification": "from-client",
        "paramStructure": "by-name",
        "params": [
          {
            "name": "id",
            "description": "The id of the request to cancel, exactly as it was sent.",
            "required": true,
            "schema": {"type": ["integer", "string"]}
          }
        ],
        "examples": [{"name": "cancel request 7", "params": [{"name": "id", "value": 7}]}]
      },
      {
        "name": "rpc.discover",
        "summary": "This document.",
        "description": "Returns the OpenRPC document describing every method, its params and result as JSON Schema, its errors and an example each. Params, if any, are ignored.",
        "tags": [{"name": "lifecycle"}],
        "paramStructure": "by-name",
        "params": [],
        "result": {
          "name": "openrpcDocument",
          "description": "An OpenRPC 1.x document (https://spec.open-rpc.org).",
          "schema": {
            "type": "object",
            "required": ["openrpc", "info", "methods"],
            "properties": {
              "openrpc": {"type": "string"},
              "info": {"type": "object"},
              "methods": {"type": "array", "items": {"type": "object"}},
              "components": {"type": "object"}
            }
          }
        },
        "errors": [\#(afterShutdownError)],
        "examples": [
          {
            "name": "discover (abbreviated)",
            "params": [],
            "result": {
              "name": "openrpcDocument",
              "value": {
                "openrpc": "1.3.2",
                "info": {"title": "fleet-clearance", "version": "\#(FleetHost.version)"},
                "methods": [
                  {
                    "name": "ping",
                    "params": [],
                    "result": {"name": "pong", "schema": {"type": "object", "maxProperties": 0}}
                  }
                ]
              }
            }
          }
        ]
      },
      {
        "name": "events.subscribe",
        "summary": "Choose the notifications this client receives.",
        "description": "Sets the subscription to exactly the given events and returns it; an empty list unsubscribes. Until a client subscribes (here or through `initialize`), the host sends no `fleet_clearance_changed`, so that a plain `echo ... | fleet-clearance` prints responses only. An unknown event name or a missing `events` is -32602.",
        "tags": [{"name": "events"}],
        "paramStructure": "by-name",
        "params": [
          {
            "name": "events",
            "required": true,
            "schema": {"type": "array", "items": {"$ref": "#/components/schemas/EventName"}}
          }
        ],
        "result": {
          "name": "subscription",
          "schema": {
            "type": "object",
            "required": ["events"],
            "additionalProperties": false,
            "properties": {"events": {"type": "array", "items": {"$ref": "#/components/schemas/EventName"}}}
          }
        },
        "errors": [
          \#(afterShutdownError),
          {
            "code": -32602,
            "message": "Invalid params",
            "data": {
              "title": "Invalid params",
              "detail": "events[0] is not a known event; the only event is fleet_clearance_changed",
              "source": "events[0]"
            }
          }
        ],
        "examples": [
          {
            "name": "subscribe",
            "params": [{"name": "events", "value": ["fleet_clearance_changed"]}],
            "result": {"name": "subscription", "value": {"events": ["fleet_clearance_changed"]}}
          }
        ]
      },
      {
        "name": "clock.now",
        "summary": "The host's current time.",
        "description": "The wall clock under `--clock system`; under `--clock manual` the instant the clock stands at (it starts at 2026-01-01T00:00:00Z).",
        "tags": [{"name": "time"}],
        "paramStructure": "by-name",
        "params": [],
        "result": {
          "name": "clock",
          "schema": {
            "type": "object",
            "required": ["now"],
            "additionalProperties": false,
            "properties": {"now": {"$ref": "#/components/schemas/Timestamp"}}
          }
        },
        "errors": [\#(afterShutdownError)],
        "examples": [
          {"name": "now", "params": [], "result": {"name": "clock", "value": {"now": "2026-01-01T00:00:00Z"}}}
        ]
      },
      {
        "name": "clock.advance",
        "summary": "Move the manual clock forward and fire the timers that fall due.",
        "description": "Only under `--clock manual` (otherwise -32003). Fires every timer that is due, in time order, each stamped with its own due time; `fired` is how many timers fired. Notifications for the changes they make come before the response.",
        "tags": [{"name": "time"}],
        "paramStructure": "by-name",
        "params": [
          {
            "name": "seconds",
            "description": "How far to move the clock: any number of seconds >= 0, fractions included, that keeps it at or before 9999-12-31T23:59:59Z.",
            "required": true,
            "schema": {"type": "number", "minimum": 0}
          }
        ],
        "result": {
          "name": "advanced",
          "schema": {
            "type": "object",
            "required": ["now", "fired"],
            "additionalProperties": false,
            "properties": {
              "now": {"$ref": "#/components/schemas/Timestamp"},
              "fired": {"type": "integer", "minimum": 0}
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
              "detail": "seconds must be a number of seconds >= 0, got -5",
              "source": "seconds"
            }
          },
          {
            "code": -32003,
            "message": "Not supported",
            "data": {
              "title": "Not supported",
              "detail": "clock.advance needs a manual clock: start the host with --clock manual",
              "source": "clock"
            }
          }
        ],
        "examples": [
          {
            "name": "one hour",
            "params": [{"name": "seconds", "value": 3600}],
            "result": {"name": "advanced", "value": {"now": "2026-01-01T01:00:00Z", "fired": 0}}
          }
        ]
      }
    ]
    """#
}
