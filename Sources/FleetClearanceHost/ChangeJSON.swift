import ClearanceCore
import JSON

/// The params of `fleet_clearance_changed`, and an item of `vehicles.changes`.
struct ChangeJSON: JSONEncodable {
  let change: ChangeRecord

  func encodeJSON(into buffer: inout [UInt8]) {
    JSONWriter.raw(#"{"seq":"#, into: &buffer)
    JSONWriter.appendInteger(change.seq, into: &buffer)
    JSONWriter.raw(#","vin":"#, into: &buffer)
    JSONWriter.appendString(change.vin, into: &buffer)
    JSONWriter.raw(#","brand":"#, into: &buffer)
    JSONWriter.appendString(change.brand, into: &buffer)
    JSONWriter.raw(#","status":""#, into: &buffer)
    JSONWriter.raw(change.status.jsonName, into: &buffer)
    if let previous = change.previousStatus {
      JSONWriter.raw(#"","previous_status":""#, into: &buffer)
      JSONWriter.raw(previous.jsonName, into: &buffer)
      buffer.append(UInt8(ascii: "\""))
    } else {
      JSONWriter.raw(#"","previous_status":null"#, into: &buffer)
    }
    if let reason = change.reason {
      JSONWriter.raw(#","reason":"#, into: &buffer)
      JSONWriter.appendString(reason, into: &buffer)
    }
    JSONWriter.raw(#","timestamp":"#, into: &buffer)
    TimeJSON.append(change.timestamp, into: &buffer)
    JSONWriter.raw(#","tags":"#, into: &buffer)
    TagsJSON.append(change.tags, into: &buffer)
    buffer.append(UInt8(ascii: "}"))
  }
}
