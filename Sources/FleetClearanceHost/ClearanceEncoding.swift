import ClearanceCore
import JSON

/// Clearances and changes as the REST API's snake_case objects.
enum ClearanceEncoding {
  static func clearance(_ clearance: Clearance, changelog includeChangelog: Bool) -> JSON {
    var object = JSONObject()
    object["vin"] = .string(clearance.vin)
    object["brand"] = .string(clearance.brand)
    object["status"] = .string(clearance.status.rawValue)
    if let reason = clearance.reason { object["reason"] = .string(reason) }
    object["tags"] = tags(clearance.tags)
    object["inserted_at"] = .string(clearance.insertedAt.rfc3339)
    object["updated_at"] = .string(clearance.updatedAt.rfc3339)
    if let approvedAt = clearance.approvedAt { object["approved_at"] = .string(approvedAt.rfc3339) }
    if includeChangelog {
      object["changelog"] = .array(clearance.changelog.map(entry))
    }
    return .object(object)
  }

  static func entry(_ entry: ChangelogEntry) -> JSON {
    var object = JSONObject()
    object["timestamp"] = .string(entry.timestamp.rfc3339)
    object["status"] = .string(entry.status.rawValue)
    if let reason = entry.reason { object["reason"] = .string(reason) }
    return .object(object)
  }

  static func tags(_ tags: [Tag]) -> JSON {
    var object = JSONObject()
    for tag in tags { object[tag.key] = .string(tag.value) }
    return .object(object)
  }

  /// The params of `fleet_clearance_changed`, and an item of `vehicles.changes`.
  static func change(_ change: ChangeRecord) -> JSON {
    var object = JSONObject()
    object["seq"] = .number(JSONNumber(change.seq))
    object["vin"] = .string(change.vin)
    object["brand"] = .string(change.brand)
    object["status"] = .string(change.status.rawValue)
    object["previous_status"] = change.previousStatus.map { .string($0.rawValue) } ?? .null
    if let reason = change.reason { object["reason"] = .string(reason) }
    object["timestamp"] = .string(change.timestamp.rfc3339)
    object["tags"] = tags(change.tags)
    return .object(object)
  }
}
