/// Undoing a save that did not become durable (`JournalStore`'s rollback)
/// from what the save replaced, kept as the 40-byte stored value instead
/// of a `Clearance` built before each save.
extension InMemoryStore {
  struct Replaced {
    var slot: UInt32
    /// The slot as it was; nil when the save inserted the clearance.
    var old: StoredClearance?
    /// The history's length before the save.
    var historyCount: Int
  }

  /// Puts the slot back as it was before the save and cuts the history.
  /// Entries are never changed but for their links, and reads follow a
  /// changelog only as far as its entry count, so the old head and count
  /// read back the old changelog; the next save relinks after its prefix.
  /// Undo saves in reverse order.
  func undo(_ replaced: Replaced) {
    if let old = replaced.old {
      // As `restore`, which saved the old value again.
      saveCount += 1
      if !snapshotCursor.isEmpty { snapshotCursor = [] }
      let current = slots[Int(replaced.slot)]
      slots[Int(replaced.slot)] = old
      moveInIndexes(replaced.slot, from: current, to: old)
    } else {
      removeSlot(replaced.slot)
    }
    cutHistory(to: replaced.historyCount)
  }
}
