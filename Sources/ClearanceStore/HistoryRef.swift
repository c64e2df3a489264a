/// One change of the history in 16 bytes: which clearance (slot), which
/// changelog entry (time, status, reason), and what the change record adds
/// to the entry: the brand and tag set the clearance had then, and the
/// previous status. Its seq is its position + 1.
///
/// A change that does not match a stored entry (none in the host's own
/// use) is kept whole in `InMemoryStore.verbatim`: `entry` is `verbatimMark`
/// and `slot` the index there.
struct HistoryRef {
  static let verbatimMark = UInt32.max
  static let noPreviousStatus: UInt32 = 15

  var entry: UInt32
  var slot: UInt32
  var tags: UInt32
  /// brand id << 4 | previous status code (15: none)
  var brandAndPrevious: UInt32

  var brand: UInt32 { brandAndPrevious >> 4 }
  var previousStatusCode: UInt32 { brandAndPrevious & 15 }
}
