/// One clearance as the in-memory store keeps it (40 bytes with padding): ids into the
/// intern tables, times as integers, and its changelog as a forward-linked
/// run of `StoredEntry` values. Its VIN lives in `InMemoryStore.vins` at
/// the same slot.
struct StoredClearance {
  static let approvedFlag: UInt8 = 1
  static let dataReceivedFlag: UInt8 = 2
  static let activationReportedFlag: UInt8 = 4
  /// Set while the slot holds a clearance; a slot whose insert was rolled
  /// back stays in place, dead, and is never reused (sorted indexes still
  /// name it).
  static let liveFlag: UInt8 = 8

  var insertedAt: Int64
  /// Meaningful only with `approvedFlag`.
  var approvedAt: Int64
  /// The oldest changelog entry (an index into `entries`); the rest
  /// follow through `StoredEntry.next`.
  var head: UInt32
  var entryCount: UInt32
  var brand: UInt32
  var tags: UInt32
  /// The newest entry's status, kept here for filters and counts.
  var status: UInt8
  var flags: UInt8

  var isLive: Bool { flags & Self.liveFlag != 0 }

  /// A slot just taken, before its first save fills it.
  static let empty = StoredClearance(
    insertedAt: 0, approvedAt: 0, head: StoredEntry.none, entryCount: 0, brand: 0, tags: 0, status: 0, flags: 0)
}
