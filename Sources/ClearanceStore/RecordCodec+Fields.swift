import ClearanceCore

/// The clearance, change, tag and status fields of format-02 payloads.
extension RecordCodec {
  /// Bit 0: data received; bit 1: activation reported; bit 2: an approval
  /// time follows.
  private static let dataFlag: UInt8 = 1
  private static let activatedFlag: UInt8 = 2
  private static let approvedFlag: UInt8 = 4

  static func appendClearance(_ clearance: Clearance, to buffer: inout [UInt8]) {
    buffer.appendString(clearance.vin)
    buffer.appendString(clearance.brand)
    appendTags(clearance.tags, to: &buffer)
    buffer.appendVarint(clearance.changelog.count)
    for entry in clearance.changelog {
      buffer.appendInt64(entry.timestamp.secondsSinceEpoch)
      buffer.append(code(entry.status))
      buffer.appendOptionalString(entry.reason)
    }
    buffer.appendInt64(clearance.insertedAt.secondsSinceEpoch)
    var flags: UInt8 = 0
    if clearance.dataReceived { flags |= dataFlag }
    if clearance.activationReported { flags |= activatedFlag }
    if clearance.approvedAt != nil { flags |= approvedFlag }
    buffer.append(flags)
    if let approved = clearance.approvedAt { buffer.appendInt64(approved.secondsSinceEpoch) }
  }

  static func appendChange(_ change: ChangeRecord, to buffer: inout [UInt8]) {
    buffer.appendVarint(UInt64(bitPattern: change.seq))
    buffer.appendString(change.vin)
    appendChangeFields(change, to: &buffer)
  }

  /// A change of a snapshot's history: the put that holds its clearance
  /// instead of the VIN, or 0 and the VIN.
  static func appendSnapshotChange(_ item: SnapshotChange, to buffer: inout [UInt8]) {
    buffer.appendVarint(UInt64(bitPattern: item.change.seq))
    buffer.appendVarint(item.put)
    if item.put == 0 { buffer.appendString(item.change.vin) }
    appendChangeFields(item.change, to: &buffer)
  }

  /// What follows the VIN in both kinds of change.
  private static func appendChangeFields(_ change: ChangeRecord, to buffer: inout [UInt8]) {
    buffer.appendString(change.brand)
    buffer.append(code(change.status))
    buffer.append(change.previousStatus.map(code) ?? 0)
    buffer.appendOptionalString(change.reason)
    buffer.appendInt64(change.timestamp.secondsSinceEpoch)
    appendTags(change.tags, to: &buffer)
  }

  private static func appendTags(_ tags: [Tag], to buffer: inout [UInt8]) {
    buffer.appendVarint(tags.count)
    for tag in tags {
      buffer.appendString(tag.key)
      buffer.appendString(tag.value)
    }
  }

  static func readClearance(_ reader: inout PayloadReader) throws(StoreError) -> Clearance {
    let vin = try reader.string()
    let brand = try reader.string()
    let tags = try readTags(&reader)
    // An entry takes at least 10 bytes: time, status, no reason.
    let entries = try reader.count(minimumBytes: 10)
    guard entries > 0 else { throw StoreError("the clearance of \(vin) has an empty changelog") }
    var changelog: [ChangelogEntry] = []
    changelog.reserveCapacity(entries)
    for _ in 0..<entries {
      let time = try reader.int64()
      let status = try readStatus(&reader)
      changelog.append(
        ChangelogEntry(
          timestamp: Timestamp(secondsSinceEpoch: time), status: status, reason: try reader.optionalString()))
    }
    let inserted = try reader.int64()
    let flags = try reader.byte()
    guard flags & ~(dataFlag | activatedFlag | approvedFlag) == 0 else {
      throw StoreError("the clearance of \(vin) has unknown flags (\(flags))")
    }
    let approved = flags & approvedFlag != 0 ? Timestamp(secondsSinceEpoch: try reader.int64()) : nil
    return Clearance(
      vin: vin, brand: brand, tags: tags, changelog: changelog, insertedAt: Timestamp(secondsSinceEpoch: inserted),
      approvedAt: approved, dataReceived: flags & dataFlag != 0, activationReported: flags & activatedFlag != 0)
  }

  /// The changes of a history record, or of a put (`owner`: its clearance,
  /// whose VIN and tags the changes share when they are the same).
  static func readChanges(_ reader: inout PayloadReader, owner: Clearance? = nil) throws(StoreError) -> [ChangeRecord] {
    // A change takes at least 15 bytes: seq, two empty strings, two
    // statuses, no reason, time, no tags.
    let count = try reader.count(minimumBytes: 15)
    var changes: [ChangeRecord] = []
    changes.reserveCapacity(count)
    for _ in 0..<count {
      let seq = try reader.nonNegative()
      let vin = try readVIN(&reader, sameAs: owner)
      changes.append(try readChangeFields(&reader, seq: seq, vin: vin, ownerTags: owner?.tags))
    }
    return changes
  }

  /// The changes of a snapshot's history record.
  static func readSnapshotChanges(_ reader: inout PayloadReader) throws(StoreError) -> [SnapshotChange] {
    // At least 15 bytes: seq, put, brand, two statuses, no reason, time, no tags.
    let count = try reader.count(minimumBytes: 15)
    var changes: [SnapshotChange] = []
    changes.reserveCapacity(count)
    for _ in 0..<count {
      let seq = try reader.nonNegative()
      let put = Int(try reader.nonNegative())
      let vin = put == 0 ? try reader.string() : ""
      changes.append(
        SnapshotChange(put: put, change: try readChangeFields(&reader, seq: seq, vin: vin, ownerTags: nil)))
    }
    return changes
  }

  private static func readChangeFields(_ reader: inout PayloadReader, seq: Int64, vin: String, ownerTags: [Tag]?)
    throws(StoreError) -> ChangeRecord
  {
    let brand = try reader.string()
    let status = try readStatus(&reader)
    let previousCode = try reader.byte()
    let previous = previousCode == 0 ? nil : try Self.status(previousCode)
    let reason = try reader.optionalString()
    let time = try reader.int64()
    return ChangeRecord(
      seq: seq, vin: vin, brand: brand, status: status, previousStatus: previous, reason: reason,
      timestamp: Timestamp(secondsSinceEpoch: time), tags: try readTags(&reader, sameAs: ownerTags))
  }

  private static func readVIN(_ reader: inout PayloadReader, sameAs owner: Clearance?) throws(StoreError) -> String {
    guard let owner else { return try reader.string() }
    let start = reader.position
    if DecodeCache.string(owner.vin, is: try reader.rawString()) { return owner.vin }
    reader.rewind(to: start)
    return try reader.string()
  }

  /// Tags, shared with `owner` or a cached tag set when their bytes match:
  /// the bytes are walked first (cheap), and decoded only when nothing matches.
  private static func readTags(_ reader: inout PayloadReader, sameAs owner: [Tag]? = nil) throws(StoreError) -> [Tag] {
    let start = reader.position
    let count = try reader.count(minimumBytes: 2)
    guard count > 0 else { return [] }
    guard owner != nil || reader.cache != nil else { return try decodeTags(&reader, count: count) }
    for _ in 0..<count {
      _ = try reader.rawString()
      _ = try reader.rawString()
    }
    let field = reader.bytes(from: start)
    if let owner, DecodeCache.tags(owner, areEncodedAs: field) { return owner }
    if let known = reader.cache?.tagSet(matching: field) { return known }
    reader.rewind(to: start)
    let tags = try decodeTags(&reader, count: try reader.count(minimumBytes: 2))
    reader.cache?.remember(tags)
    return tags
  }

  private static func decodeTags(_ reader: inout PayloadReader, count: Int) throws(StoreError) -> [Tag] {
    var tags: [Tag] = []
    tags.reserveCapacity(count)
    for _ in 0..<count {
      let key = try reader.string()
      tags.append(Tag(key: key, value: try reader.string()))
    }
    return tags
  }

  private static func readStatus(_ reader: inout PayloadReader) throws(StoreError) -> ClearanceStatus {
    try status(try reader.byte())
  }

  /// Status codes are fixed here, not taken from the enum's order, so that
  /// reordering the Swift cases never changes what the files mean.
  private static func code(_ status: ClearanceStatus) -> UInt8 {
    switch status {
    case .pending: 1
    case .approved: 2
    case .rejected: 3
    case .revoking: 4
    case .revoked: 5
    case .canceling: 6
    case .canceled: 7
    case .error: 8
    }
  }

  private static func status(_ code: UInt8) throws(StoreError) -> ClearanceStatus {
    switch code {
    case 1: .pending
    case 2: .approved
    case 3: .rejected
    case 4: .revoking
    case 5: .revoked
    case 6: .canceling
    case 7: .canceled
    case 8: .error
    default: throw StoreError("a status code of \(code) is unknown")
    }
  }
}
