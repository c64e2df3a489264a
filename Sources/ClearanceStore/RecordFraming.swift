/// How records sit in journal and snapshot files:
///
///     file   := magic(8) record*
///     record := length(u32 LE) crc32c(u32 LE, of payload) payload(length bytes)
///
/// The payload is one JSON object (see `RecordCodec`). A record whose bytes
/// stop early is a torn tail; one whose checksum fails is corruption.
enum RecordFraming {
  static let journalMagic = Array("FCJRNL01".utf8)
  static let snapshotMagic = Array("FCSNAP01".utf8)
  static let maxRecordBytes = 64 << 20

  static func append(_ payload: [UInt8], to buffer: inout [UInt8]) {
    appendUInt32(UInt32(payload.count), to: &buffer)
    appendUInt32(CRC32C.checksum(payload), to: &buffer)
    buffer.append(contentsOf: payload)
  }

  enum Read {
    case record([UInt8], end: Int)
    /// The file ends inside this record: a crash mid-write.
    case torn
    case corrupt(String)
    case end
  }

  static func read(_ bytes: [UInt8], at offset: Int) -> Read {
    guard offset < bytes.count else { return .end }
    guard offset + 8 <= bytes.count else { return .torn }
    let length = Int(uint32(bytes, offset))
    let checksum = uint32(bytes, offset + 4)
    guard length > 0 else { return .corrupt("an empty record, which is never written") }
    guard length <= maxRecordBytes else {
      return .corrupt("a record length of \(length) bytes is impossible")
    }
    guard offset + 8 + length <= bytes.count else { return .torn }
    let payload = Array(bytes[(offset + 8)..<(offset + 8 + length)])
    guard CRC32C.checksum(payload) == checksum else { return .corrupt("checksum mismatch") }
    return .record(payload, end: offset + 8 + length)
  }

  private static func appendUInt32(_ value: UInt32, to buffer: inout [UInt8]) {
    for shift in stride(from: 0, to: 32, by: 8) { buffer.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
  }

  private static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
    UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
      | UInt32(bytes[offset + 3]) << 24
  }
}
