import ClearanceCore

/// The payloads of journal and snapshot records. Format 02 (the one this
/// host writes) is binary: a kind byte, then the fields in a fixed order
/// (docs/journal.md, "Record payloads"). Encoding goes straight into the
/// output buffer; decoding reads the file's bytes in place.
enum RecordCodec {
  enum Record: Equatable, Sendable {
    /// A clearance as it now stands, with the change-history entries that
    /// the operation appended.
    case put(Clearance, [ChangeRecord])
    /// Where the manual clock stands.
    case clock(Int64)
    /// Snapshot only: a slice of the change history.
    case history([SnapshotChange])
    /// Snapshot only: the last record, proving the snapshot is complete.
    case end(clearances: Int, changes: Int)
  }

  /// The first byte of a format-02 payload.
  enum Kind: UInt8 {
    case put = 1
    case clock = 2
    case history = 3
    case end = 4
  }

  static func appendPut(_ clearance: Clearance, _ changes: [ChangeRecord], to buffer: inout [UInt8]) {
    buffer.append(Kind.put.rawValue)
    appendClearance(clearance, to: &buffer)
    buffer.appendVarint(changes.count)
    for change in changes { appendChange(change, to: &buffer) }
  }

  static func appendClock(_ seconds: Int64, to buffer: inout [UInt8]) {
    buffer.append(Kind.clock.rawValue)
    buffer.appendInt64(seconds)
  }

  static func appendHistory(_ changes: [SnapshotChange], to buffer: inout [UInt8]) {
    buffer.append(Kind.history.rawValue)
    buffer.appendVarint(changes.count)
    for change in changes { appendSnapshotChange(change, to: &buffer) }
  }

  static func appendEnd(clearances: Int, changes: Int, to buffer: inout [UInt8]) {
    buffer.append(Kind.end.rawValue)
    buffer.appendVarint(clearances)
    buffer.appendVarint(changes)
  }

  /// One record's payload in format 02 (tests; the store appends in place).
  static func encode(_ record: Record) -> [UInt8] {
    var bytes: [UInt8] = []
    switch record {
    case .put(let clearance, let changes): appendPut(clearance, changes, to: &bytes)
    case .clock(let seconds): appendClock(seconds, to: &bytes)
    case .history(let changes): appendHistory(changes, to: &bytes)
    case .end(let clearances, let changes): appendEnd(clearances: clearances, changes: changes, to: &bytes)
    }
    return bytes
  }

  static func decode(_ payload: UnsafeRawBufferPointer, format: FormatVersion, cache: DecodeCache? = nil)
    throws(StoreError) -> Record
  {
    switch format {
    case .v01: return try JSONRecordCodec.decode(payload)
    case .v02: return try decode(payload, cache: cache)
    }
  }

  static func decode(_ payload: UnsafeRawBufferPointer, cache: DecodeCache? = nil) throws(StoreError) -> Record {
    var reader = PayloadReader(payload, cache: cache)
    let kind = try reader.byte()
    let record: Record
    switch Kind(rawValue: kind) {
    case .put:
      let clearance = try readClearance(&reader)
      record = .put(clearance, try readChanges(&reader, owner: clearance))
    case .clock: record = .clock(try reader.int64())
    case .history: record = .history(try readSnapshotChanges(&reader))
    case .end:
      let clearances = try reader.nonNegative()
      let changes = try reader.nonNegative()
      record = .end(clearances: Int(clearances), changes: Int(changes))
    case nil: throw StoreError("record of an unknown kind (\(kind))")
    }
    guard reader.isAtEnd else {
      throw StoreError("\(payload.count - reader.position) bytes follow the end of the record")
    }
    return record
  }

  static func decode(_ payload: [UInt8], cache: DecodeCache? = nil) throws(StoreError) -> Record {
    let result = payload.withUnsafeBytes { bytes in Result { () throws(StoreError) in try decode(bytes, cache: cache) }
    }
    return try result.get()
  }
}
