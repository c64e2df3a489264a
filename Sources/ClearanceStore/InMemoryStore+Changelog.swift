import ClearanceCore

/// Changelogs as linked runs of `StoredEntry`, and clearances built back
/// from a slot.
extension InMemoryStore {
  /// Makes the slot's changelog equal `log`. Changelogs only grow (and
  /// shrink back on a rollback), so the common prefix is kept and only the
  /// rest is written; entries past it stay for the history to point at.
  func storeChangelog(_ log: [ChangelogEntry], in stored: inout StoredClearance, isNew: Bool) {
    var matched = 0
    var last = StoredEntry.none
    if !isNew {
      var index = stored.head
      let limit = min(Int(stored.entryCount), log.count)
      while matched < limit && entry(index, equals: log[matched]) {
        last = index
        index = entries[Int(index)].next
        matched += 1
      }
    }
    if matched == 0 { stored.head = StoredEntry.none }
    for position in matched..<log.count {
      let item = log[position]
      let index = UInt32(entries.count)
      entries.append(
        StoredEntry(
          timestamp: item.timestamp.secondsSinceEpoch, reason: reasonID(item.reason), status: item.status.code))
      if last == StoredEntry.none { stored.head = index } else { entries[Int(last)].next = index }
      last = index
    }
    // A shorter log (a rollback) ends where the kept prefix ends.
    entries[Int(last)].next = StoredEntry.none
    stored.entryCount = UInt32(log.count)
  }

  func entry(_ index: UInt32, equals item: ChangelogEntry) -> Bool {
    entry(index, timestamp: item.timestamp, status: item.status, reason: item.reason)
  }

  func entry(_ index: UInt32, equals change: ChangeRecord) -> Bool {
    entry(index, timestamp: change.timestamp, status: change.status, reason: change.reason)
  }

  private func entry(_ index: UInt32, timestamp: Timestamp, status: ClearanceStatus, reason wanted: String?) -> Bool {
    let stored = entries[Int(index)]
    guard stored.timestamp == timestamp.secondsSinceEpoch, stored.status == status.code else { return false }
    switch (reason(stored.reason), wanted) {
    case (nil, nil): return true
    case (let have?, let wanted?): return ExactString.same(have, wanted)
    default: return false
    }
  }

  func reasonID(_ reason: String?) -> UInt32 {
    guard let reason else { return StoredEntry.noReason }
    let id = reasons.id(for: reason)
    precondition(id < StoredEntry.noReason, "too many distinct reasons")
    return id
  }

  func reason(_ id: UInt32) -> String? { id == StoredEntry.noReason ? nil : reasons[id] }

  func changelogEntry(_ index: UInt32) -> ChangelogEntry {
    let stored = entries[Int(index)]
    return ChangelogEntry(
      timestamp: Timestamp(secondsSinceEpoch: stored.timestamp), status: ClearanceStatus(code: stored.status),
      reason: reason(stored.reason))
  }

  /// The clearance in a live slot. `vin`, when the caller has it, saves
  /// building the string again.
  func clearance(at slot: UInt32, vin: String?) -> Clearance {
    let stored = slots[Int(slot)]
    var log: [ChangelogEntry] = []
    log.reserveCapacity(Int(stored.entryCount))
    var index = stored.head
    for _ in 0..<stored.entryCount {
      log.append(changelogEntry(index))
      index = entries[Int(index)].next
    }
    return Clearance(
      vin: vin ?? vinString(slot), brand: brands[stored.brand], tags: tagSets[stored.tags], changelog: log,
      insertedAt: Timestamp(secondsSinceEpoch: stored.insertedAt),
      approvedAt: stored.flags & StoredClearance.approvedFlag != 0
        ? Timestamp(secondsSinceEpoch: stored.approvedAt) : nil,
      dataReceived: stored.flags & StoredClearance.dataReceivedFlag != 0,
      activationReported: stored.flags & StoredClearance.activationReportedFlag != 0)
  }

  /// The entry at a changelog position (0: the oldest).
  func entryIndex(of stored: StoredClearance, at position: Int) -> UInt32 {
    var index = stored.head
    for _ in 0..<position { index = entries[Int(index)].next }
    return index
  }
}
