/// A value that writes its own compact JSON. Responses on the hot path
/// (clearances, lists) encode straight from their typed values this way,
/// without building a `JSON` tree first.
public protocol JSONEncodable {
  /// Appends the value as compact JSON (no spaces, no newlines).
  func encodeJSON(into buffer: inout [UInt8])
}

extension JSON: JSONEncodable {
  public func encodeJSON(into buffer: inout [UInt8]) {
    JSONWriter.write(self, into: &buffer)
  }
}

extension JSONEncodable {
  /// The value's compact JSON as text (tests, logs).
  public var jsonText: String {
    var buffer: [UInt8] = []
    encodeJSON(into: &buffer)
    return String(decoding: buffer, as: UTF8.self)
  }
}
