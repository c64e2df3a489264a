import CFleetAdapter

/// Reads strings an adapter hands to the host: UTF-8 checked, length
/// bounded, never trusted.
enum AdapterString {
  /// nil for "no string" (size 0); throws for a NULL pointer with a size,
  /// a string over `limit` bytes, or invalid UTF-8.
  static func read(_ value: fc_string_t, field: String, limit: Int) throws(AdapterLoadError)
    -> String?
  {
    guard value.size > 0 else { return nil }
    guard let data = value.data else {
      throw .invalidField(field: field, problem: "has a NULL pointer with a size of \(value.size)")
    }
    guard value.size <= limit else {
      throw .invalidField(field: field, problem: "is \(value.size) bytes long, more than \(limit)")
    }
    let bytes = UnsafeRawBufferPointer(start: data, count: value.size)
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw .invalidField(field: field, problem: "is not valid UTF-8")
    }
    return text
  }
}
