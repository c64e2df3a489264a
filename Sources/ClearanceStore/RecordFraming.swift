/// How records sit in journal and snapshot files:
///
///     file   := magic(8) record*
///     record := length(u32 LE) crc32c(u32 LE, of payload) payload(length bytes)
///
/// The payload is one record (see `RecordCodec`). A record whose bytes
/// stop early is a torn tail; one whose checksum fails is corruption.
enum RecordFraming {
  static let maxRecordBytes = 64 << 20
  static let headerBytes = 8

  /// Frames the payload that `encode` appends to `buffer`: the header is
  /// filled in afterwards, so the payload is written once, in place.
  static func append(to buffer: inout [UInt8], _ encode: (inout [UInt8]) -> Void) {
    let start = buffer.count
    buffer.appendInt64(0)
    encode(&buffer)
    let length = buffer.count - start - headerBytes
    buffer.withUnsafeMutableBytes { raw in
      let checksum = CRC32C.checksum(UnsafeRawBufferPointer(rebasing: raw[(start + headerBytes)...]))
      raw.storeBytes(of: UInt32(length).littleEndian, toByteOffset: start, as: UInt32.self)
      raw.storeBytes(of: checksum.littleEndian, toByteOffset: start + 4, as: UInt32.self)
    }
  }

  /// Frames a payload that already exists (tests).
  static func append(_ payload: [UInt8], to buffer: inout [UInt8]) {
    append(to: &buffer) { $0.append(contentsOf: payload) }
  }

  enum Read {
    /// The payload, in place in the file's bytes.
    case record(UnsafeRawBufferPointer, end: Int)
    /// The file ends inside this record: a crash mid-write.
    case torn
    case corrupt(String)
    case end
  }

  static func read(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> Read {
    guard offset < bytes.count else { return .end }
    guard offset + headerBytes <= bytes.count else { return .torn }
    let length = Int(length(bytes, at: offset))
    let checksum = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
    guard length > 0 else { return .corrupt("an empty record, which is never written") }
    guard length <= maxRecordBytes else {
      return .corrupt("a record length of \(length) bytes is impossible")
    }
    guard offset + headerBytes + length <= bytes.count else { return .torn }
    let payload = UnsafeRawBufferPointer(rebasing: bytes[(offset + headerBytes)..<(offset + headerBytes + length)])
    guard CRC32C.checksum(payload) == checksum else { return .corrupt("checksum mismatch") }
    return .record(payload, end: offset + headerBytes + length)
  }

  enum Successor: Equatable {
    /// Whole records run from this offset to the end of the file.
    case found(Int)
    case none
    /// The search gave up (`budget` spent) before it could tell.
    case undecided
  }

  /// Whether whole records (a possible length, a matching checksum each)
  /// follow the damaged record at `offset`: a run from somewhere after it
  /// to the end of the file or to a tail of zeros, or a run of at least two
  /// that ends where an interrupted write could have stopped (`isTail`). A
  /// torn write leaves no such run behind it; a damaged length or checksum
  /// in the middle of a file does, even when the file also ends in a torn
  /// record. One record-shaped run of bytes inside client data (a tag value)
  /// does not count by itself. Asked only on damage; `budget` bounds the
  /// bytes checksummed.
  static func successor(in bytes: UnsafeRawBufferPointer, after offset: Int, budget: Int = 1 << 30) -> Successor {
    var left = budget
    var position = offset + 1
    while position + headerBytes < bytes.count {
      if let end = wholeRecordEnd(bytes, at: position, budget: &left) {
        let run = recordsAfter(bytes, from: end, budget: &left)
        if run.reachesTheEnd || (run.count >= 1 && run.stopsAtATail) { return .found(position) }
      }
      if left < 0 { return .undecided }
      position += 1
    }
    return .none
  }

  /// Whether the damaged record at `offset` can be the end of an
  /// interrupted write: its header is cut short, its length reaches the end
  /// of the file, or only zeros follow it (or follow where its length says
  /// it ends). Anything else behind it is damage, not a tail.
  static func isTail(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> Bool {
    guard offset + headerBytes <= bytes.count else { return true }
    if isZero(bytes, from: offset) { return true }
    let length = Int(length(bytes, at: offset))
    guard length > 0, length <= maxRecordBytes else { return false }
    let end = offset + headerBytes + length
    return end >= bytes.count || isZero(bytes, from: end)
  }

  /// The end of the whole record at `position`, if one starts there (as
  /// `read` judges it); spends its length from `budget` before checksumming
  /// (nil once that is spent).
  private static func wholeRecordEnd(_ bytes: UnsafeRawBufferPointer, at position: Int, budget: inout Int) -> Int? {
    guard position + headerBytes < bytes.count else { return nil }
    let length = Int(length(bytes, at: position))
    guard length > 0, length <= maxRecordBytes, position + headerBytes + length <= bytes.count else { return nil }
    budget -= length
    guard budget >= 0, case .record(_, let end) = read(bytes, at: position) else { return nil }
    return end
  }

  /// The whole records that follow one another from `start`, and how the
  /// run ends: at the end of the file or a tail of zeros, or at something
  /// an interrupted write could leave.
  private static func recordsAfter(_ bytes: UnsafeRawBufferPointer, from start: Int, budget: inout Int)
    -> (count: Int, reachesTheEnd: Bool, stopsAtATail: Bool)
  {
    var position = start
    var count = 0
    while position < bytes.count {
      guard let end = wholeRecordEnd(bytes, at: position, budget: &budget) else {
        let zeros = isZero(bytes, from: position)
        return (count, zeros, zeros || isTail(bytes, at: position))
      }
      position = end
      count += 1
    }
    return (count, true, true)
  }

  private static func isZero(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Bool {
    bytes[start...].allSatisfy { $0 == 0 }
  }

  /// The length field of the record at `offset` (which must hold a header).
  static func length(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> UInt32 {
    UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
  }
}
