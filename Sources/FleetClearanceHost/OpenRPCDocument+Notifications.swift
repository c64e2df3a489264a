extension OpenRPCDocument {
  /// The notifications the host sends. They are documented as methods with
  /// no result and `"x-notification": "from-host"`.
  static let notificationsText = #"""
    [
      {
        "name": "fleet_clearance_changed",
        "summary": "Notification from the host: a clearance changed.",
        "description": "A notification the host sends (no id; the client does not answer), one per changelog entry: the fleet clearance REST API's webhook of the same name. `previous_status` is null for a first add; `seq` increases by one per entry across the whole host and survives restarts (`vehicles.changes` replays them). Sent only to a client that subscribed with `events.subscribe` or `initialize`'s `capabilities.events`. The notifications a request causes come after the responses to earlier requests and before its own response.",
        "tags": [{"name": "events"}, {"name": "notification"}],
        "x-notification": "from-host",
        "paramStructure": "by-name",
        "params": [
          {"name": "seq", "required": true, "schema": {"type": "integer", "minimum": 1}},
          {"name": "vin", "required": true, "schema": {"$ref": "#/components/schemas/Vin"}},
          {"name": "brand", "required": true, "schema": {"$ref": "#/components/schemas/BrandId"}},
          {"name": "status", "required": true, "schema": {"$ref": "#/components/schemas/Status"}},
          {
            "name": "previous_status",
            "required": true,
            "schema": {"anyOf": [{"$ref": "#/components/schemas/Status"}, {"type": "null"}]}
          },
          {"name": "reason", "required": false, "schema": {"type": "string"}},
          {"name": "timestamp", "required": true, "schema": {"$ref": "#/components/schemas/Timestamp"}},
          {"name": "tags", "required": true, "schema": {"$ref": "#/components/schemas/Tags"}}
        ],
        "examples": [
          {
            "name": "approved",
            "params": [
              {"name": "seq", "value": 5},
              {"name": "vin", "value": "KNAGM4A77D5316538"},
              {"name": "brand", "value": "kia"},
              {"name": "status", "value": "approved"},
              {"name": "previous_status", "value": "pending"},
              {"name": "timestamp", "value": "2026-01-01T02:00:00Z"},
              {"name": "tags", "value": {}}
            ]
          }
        ]
      },
      {
        "name": "$/progress",
        "summary": "Notification from the host: progress of a long call.",
        "description": "A notification the host sends (no id; the client does not answer) while it works on a `vehicles.add` of more than 1,000 vehicles that carried a `progress_token`: at least every 1,000 vehicles and once more with `done == total`, before the response.",
        "tags": [{"name": "vehicles"}, {"name": "notification"}],
        "x-notification": "from-host",
        "paramStructure": "by-name",
        "params": [
          {"name": "token", "required": true, "schema": {"$ref": "#/components/schemas/ProgressToken"}},
          {"name": "done", "required": true, "schema": {"type": "integer", "minimum": 0}},
          {"name": "total", "required": true, "schema": {"type": "integer", "minimum": 1}}
        ],
        "examples": [
          {
            "name": "two thousand of five",
            "params": [
              {"name": "token", "value": "add-42"},
              {"name": "done", "value": 2000},
              {"name": "total", "value": 5000}
            ]
          }
        ]
      }
    ]
    """#
}
