import ClearanceCore
import JSON

/// One item of a `vehicles.add` answer.
enum AddItem: JSONEncodable {
  case clearance(Clearance)
  /// An active clearance of another brand blocks the add.
  case refused(vin: String, brand: String, reason: String)
  /// The input could not be processed; `vin` echoes what was sent.
  case error(vin: JSON, description: String)

  func encodeJSON(into buffer: inout [UInt8]) {
    switch self {
    case .clearance(let clearance):
      ClearanceJSON(clearance: clearance, includeChangelog: false).encodeJSON(into: &buffer)
    case .refused(let vin, let brand, let reason):
      JSONWriter.raw(#"{"vin":"#, into: &buffer)
      JSONWriter.appendString(vin, into: &buffer)
      JSONWriter.raw(#","brand":"#, into: &buffer)
      JSONWriter.appendString(brand, into: &buffer)
      JSONWriter.raw(#","status":"rejected","reason":"#, into: &buffer)
      JSONWriter.appendString(reason, into: &buffer)
      buffer.append(UInt8(ascii: "}"))
    case .error(let vin, let description):
      JSONWriter.raw(#"{"vin":"#, into: &buffer)
      JSONWriter.write(vin, into: &buffer)
      JSONWriter.raw(#","status":"error","description":"#, into: &buffer)
      JSONWriter.appendString(description, into: &buffer)
      buffer.append(UInt8(ascii: "}"))
    }
  }
}

/// `{"<key>":[items...]}` and any fields after the array: the shape of
/// `vehicles.add`, `vehicles.list` and `vehicles.changes` answers.
struct ItemsReply<Item: JSONEncodable>: JSONEncodable {
  let key: StaticString
  let items: [Item]
  /// Written after the array as `,"name":value`.
  var trailer: [(name: StaticString, value: JSON)] = []

  func encodeJSON(into buffer: inout [UInt8]) {
    JSONWriter.raw(#"{""#, into: &buffer)
    JSONWriter.raw(key, into: &buffer)
    JSONWriter.raw(#"":["#, into: &buffer)
    for (index, item) in items.enumerated() {
      if index > 0 { buffer.append(UInt8(ascii: ",")) }
      item.encodeJSON(into: &buffer)
    }
    buffer.append(UInt8(ascii: "]"))
    for field in trailer {
      JSONWriter.raw(#",""#, into: &buffer)
      JSONWriter.raw(field.name, into: &buffer)
      JSONWriter.raw(#"":"#, into: &buffer)
      JSONWriter.write(field.value, into: &buffer)
    }
    buffer.append(UInt8(ascii: "}"))
  }
}
