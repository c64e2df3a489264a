/// Appends the primitive values of format-02 payloads (docs/journal.md):
/// LEB128 varints, little-endian Int64 times, length-prefixed UTF-8.
/// Straight into the output buffer, so that a record costs no
/// intermediate arrays.
extension [UInt8] {
  mutating func appendVarint(_ value: UInt64) {
    var rest = value
    while rest >= 0x80 {
      append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    append(UInt8(truncatingIfNeeded: rest))
  }

  mutating func appendVarint(_ value: Int) { appendVarint(UInt64(UInt(bitPattern: value))) }

  mutating func appendInt64(_ value: Int64) {
    Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
  }

  mutating func appendString(_ string: String) {
    let utf8 = string.utf8
    appendVarint(utf8.count)
    if utf8.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) == nil { append(contentsOf: utf8) }
  }

  /// 0 for none, else the length plus one, then the bytes.
  mutating func appendOptionalString(_ string: String?) {
    guard let string else { return append(0) }
    let utf8 = string.utf8
    appendVarint(utf8.count + 1)
    if utf8.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) == nil { append(contentsOf: utf8) }
  }
}
