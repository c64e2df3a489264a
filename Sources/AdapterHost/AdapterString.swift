import CFleetAdapter

/// Reads strings an adapter hands to the host: UTF-8 checked, length
/// bounded, never trusted.
enum AdapterString {
  /// nil for "no string" (size 0); throws for a NULL pointer with a size,
  /// a string over `limit` bytes, invalid UTF-8, or a NUL byte.
  ///
  /// NUL bytes are refused unless `allowsNUL`: the header promises adapters
  /// that the strings the host passes in contain no NUL bytes (but `detail`
  /// and tag values, which come from clients), and the host passes declared
  /// strings back (a declared reason as `current_reason`). Every descriptor
  /// string and every answer reason is read without NUL bytes; only the
  /// text of a log line may have them.
  static func read(_ value: fc_string_t, field: String, limit: Int, allowsNUL: Bool = false)
    throws(AdapterLoadError) -> String?
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
    if !allowsNUL, let offset = bytes.firstIndex(of: 0) {
      throw .invalidField(
        field: field,
        problem:
          "contains a NUL byte (byte \(offset) of \(value.size)); strings an adapter declares or answers may not contain NUL"
      )
    }
    return text
  }
}
