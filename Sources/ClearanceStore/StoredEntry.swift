/// One changelog entry in 16 bytes: time, the next entry of the same
/// clearance, and the reason id and status in one word.
///
/// Entries are never changed once written except for `next`: a rolled-back
/// or rewritten changelog gets new entries, so the change history can keep
/// pointing at old ones.
struct StoredEntry {
  static let none = UInt32.max
  /// The reason id that stands for "no reason".
  static let noReason: UInt32 = (1 << 29) - 1

  var timestamp: Int64
  var next: UInt32
  /// reason id << 3 | status code
  var reasonAndStatus: UInt32

  init(timestamp: Int64, reason: UInt32, status: UInt8) {
    self.timestamp = timestamp
    self.next = Self.none
    self.reasonAndStatus = reason << 3 | UInt32(status)
  }

  var reason: UInt32 { reasonAndStatus >> 3 }
  var status: UInt8 { UInt8(reasonAndStatus & 7) }
}
