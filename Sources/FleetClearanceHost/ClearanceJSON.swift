import ClearanceCore
import JSON

/// A clearance as the protocol's snake_case object, written straight to
/// bytes: `get`, `list`, `report` and `add` answer with thousands of these.
struct ClearanceJSON: JSONEncodable {
  let clearance: Clearance
  let includeChangelog: Bool

  func encodeJSON(into buffer: inout [UInt8]) {
    JSONWriter.raw(#"{"vin":"#, into: &buffer)
    JSONWriter.appendString(clearance.vin, into: &buffer)
    JSONWriter.raw(#","brand":"#, into: &buffer)
    JSONWriter.appendString(clearance.brand, into: &buffer)
    JSONWriter.raw(#","status":""#, into: &buffer)
    JSONWriter.raw(clearance.status.jsonName, into: &buffer)
    buffer.append(UInt8(ascii: "\""))
    if let reason = clearance.reason {
      JSONWriter.raw(#","reason":"#, into: &buffer)
      JSONWriter.appendString(reason, into: &buffer)
    }
    JSONWriter.raw(#","tags":"#, into: &buffer)
    TagsJSON.append(clearance.tags, into: &buffer)
    JSONWriter.raw(#","inserted_at":"#, into: &buffer)
    TimeJSON.append(clearance.insertedAt, into: &buffer)
    JSONWriter.raw(#","updated_at":"#, into: &buffer)
    TimeJSON.append(clearance.updatedAt, into: &buffer)
    if let approvedAt = clearance.approvedAt {
      JSONWriter.raw(#","approved_at":"#, into: &buffer)
      TimeJSON.append(approvedAt, into: &buffer)
    }
    if includeChangelog {
      JSONWriter.raw(#","changelog":["#, into: &buffer)
      for (index, entry) in clearance.changelog.enumerated() {
        if index > 0 { buffer.append(UInt8(ascii: ",")) }
        Self.append(entry, into: &buffer)
      }
      buffer.append(UInt8(ascii: "]"))
    }
    buffer.append(UInt8(ascii: "}"))
  }

  private static func append(_ entry: ChangelogEntry, into buffer: inout [UInt8]) {
    JSONWriter.raw(#"{"timestamp":"#, into: &buffer)
    TimeJSON.append(entry.timestamp, into: &buffer)
    JSONWriter.raw(#","status":""#, into: &buffer)
    JSONWriter.raw(entry.status.jsonName, into: &buffer)
    buffer.append(UInt8(ascii: "\""))
    if let reason = entry.reason {
      JSONWriter.raw(#","reason":"#, into: &buffer)
      JSONWriter.appendString(reason, into: &buffer)
    }
    buffer.append(UInt8(ascii: "}"))
  }
}

/// Tags as a JSON object of strings, in their stored order.
enum TagsJSON {
  static func append(_ tags: [Tag], into buffer: inout [UInt8]) {
    buffer.append(UInt8(ascii: "{"))
    for (index, tag) in tags.enumerated() {
      if index > 0 { buffer.append(UInt8(ascii: ",")) }
      JSONWriter.appendString(tag.key, into: &buffer)
      buffer.append(UInt8(ascii: ":"))
      JSONWriter.appendString(tag.value, into: &buffer)
    }
    buffer.append(UInt8(ascii: "}"))
  }

  static func json(_ tags: [Tag]) -> JSON {
    var object = JSONObject()
    for tag in tags { object[tag.key] = .string(tag.value) }
    return .object(object)
  }
}

/// A time as a quoted RFC 3339 string.
enum TimeJSON {
  static func append(_ time: Timestamp, into buffer: inout [UInt8]) {
    buffer.append(UInt8(ascii: "\""))
    time.appendRFC3339(to: &buffer)
    buffer.append(UInt8(ascii: "\""))
  }
}
