/// Reads the primitive values of a format-02 payload. Every read checks the
/// bounds first: a damaged payload is refused with a StoreError, never a
/// trap or an allocation its bytes could not back.
struct PayloadReader {
  private let bytes: UnsafeRawBufferPointer
  private(set) var position = 0
  /// Shares repeated tag sets and reasons between records (recovery).
  let cache: DecodeCache?

  init(_ bytes: UnsafeRawBufferPointer, cache: DecodeCache? = nil) {
    self.bytes = bytes
    self.cache = cache
  }

  /// The bytes from `start` to the current position.
  func bytes(from start: Int) -> UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(rebasing: bytes[start..<position])
  }

  /// Goes back to an earlier position, to decode what was only skipped.
  mutating func rewind(to start: Int) { position = start }

  var isAtEnd: Bool { position == bytes.count }

  mutating func byte() throws(StoreError) -> UInt8 {
    guard position < bytes.count else { throw endsEarly() }
    defer { position += 1 }
    return bytes[position]
  }

  mutating func varint() throws(StoreError) -> UInt64 {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      let next = try byte()
      // The tenth byte may only hold the top bit of a 64-bit value.
      guard shift < 63 || (shift == 63 && next <= 1) else {
        throw StoreError("a number at byte \(position - 1) of the payload is too large")
      }
      value |= UInt64(next & 0x7F) << shift
      if next < 0x80 { return value }
      shift += 7
    }
  }

  /// A varint that must fit in Int64 (a seq, a count in an end record).
  mutating func nonNegative() throws(StoreError) -> Int64 {
    let value = try varint()
    guard value <= UInt64(Int64.max) else {
      throw StoreError("a number at byte \(position) of the payload is too large")
    }
    return Int64(value)
  }

  /// How many items follow. Each item takes at least `minimumBytes`, so a
  /// count the remaining bytes cannot hold is damage, not a reason to reserve
  /// memory for it.
  mutating func count(minimumBytes: Int = 1) throws(StoreError) -> Int {
    let value = try varint()
    guard value <= UInt64(bytes.count - position) / UInt64(minimumBytes) else {
      throw StoreError("a count of \(value) at byte \(position) does not fit in the payload")
    }
    return Int(value)
  }

  mutating func int64() throws(StoreError) -> Int64 {
    guard bytes.count - position >= 8 else { throw endsEarly() }
    defer { position += 8 }
    return Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: position, as: Int64.self))
  }

  mutating func string() throws(StoreError) -> String {
    let length = try varint()
    return try utf8(length: length)
  }

  /// A string's bytes, without making a String of them.
  mutating func rawString() throws(StoreError) -> UnsafeRawBufferPointer {
    let length = try varint()
    guard length <= UInt64(bytes.count - position) else { throw endsEarly() }
    let start = position
    position += Int(length)
    return UnsafeRawBufferPointer(rebasing: bytes[start..<position])
  }

  /// A reason. Longer ones (shorter ones need no allocation) come from the
  /// cache when it has them.
  mutating func optionalString() throws(StoreError) -> String? {
    let marker = try varint()
    guard marker > 0 else { return nil }
    let length = marker - 1
    guard let cache, length > 15, length <= UInt64(bytes.count - position) else { return try utf8(length: length) }
    let candidate = UnsafeRawBufferPointer(rebasing: bytes[position..<(position + Int(length))])
    if let known = cache.reason(matching: candidate) {
      position += Int(length)
      return known
    }
    let string = try utf8(length: length)
    cache.remember(reason: string)
    return string
  }

  private mutating func utf8(length: UInt64) throws(StoreError) -> String {
    guard length <= UInt64(bytes.count - position) else { throw endsEarly() }
    let start = position
    position += Int(length)
    let slice = UnsafeRawBufferPointer(rebasing: bytes[start..<position]).assumingMemoryBound(to: UInt8.self)
    // Nearly every string is ASCII, which needs no repair; String(validating:)
    // is generic and far slower, so it only sees the rest.
    if isASCII(slice) { return String(decoding: slice, as: UTF8.self) }
    guard let string = String(validating: slice, as: UTF8.self) else {
      throw StoreError("a string at byte \(start) of the payload is not valid UTF-8")
    }
    return string
  }

  private func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    var high: UInt64 = 0
    let raw = UnsafeRawBufferPointer(bytes)
    while index + 8 <= raw.count {
      high |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      index += 8
    }
    while index < raw.count {
      high |= UInt64(raw[index])
      index += 1
    }
    return high & 0x8080_8080_8080_8080 == 0
  }

  private func endsEarly() -> StoreError {
    StoreError("the payload ends early (\(bytes.count) bytes)")
  }
}
