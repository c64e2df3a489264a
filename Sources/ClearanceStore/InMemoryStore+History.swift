import ClearanceCore

/// The change history as `HistoryRef` values: each change points at the
/// changelog entry it reports, so its time, status and reason are not
/// stored twice.
extension InMemoryStore {
  /// Records the changes a save brought: they report the last entries of
  /// the clearance's changelog, in order.
  func appendChanges(_ changes: [ChangeRecord], of clearance: Clearance, at slot: UInt32, stored: StoredClearance) {
    let first = clearance.changelog.count - changes.count
    guard first >= 0 else { return changes.forEach(appendVerbatim) }
    var index = entryIndex(of: stored, at: first)
    for change in changes {
      let sameVIN =
        ExactString.same(change.vin, clearance.vin) && vins[Int(slot)].isPacked || holds(change.vin, at: slot)
      if sameVIN, entry(index, equals: change) {
        let brand = ExactString.same(change.brand, clearance.brand) ? stored.brand : internBrand(change.brand)
        let tags = ExactTags.same(change.tags, clearance.tags) ? stored.tags : tagSets.id(for: change.tags)
        append(change, entry: index, slot: slot, brand: brand, tags: tags)
      } else {
        appendVerbatim(change)
      }
      index = entries[Int(index)].next
    }
  }

  func append(_ change: ChangeRecord, entry: UInt32, slot: UInt32, brand: UInt32, tags: UInt32) {
    // A change numbered out of line keeps its own seq.
    guard change.seq == Int64(history.count) + 1 else { return appendVerbatim(change) }
    let previous = change.previousStatus.map { UInt32($0.code) } ?? HistoryRef.noPreviousStatus
    history.append(HistoryRef(entry: entry, slot: slot, tags: tags, brandAndPrevious: brand << 4 | previous))
  }

  func appendVerbatim(_ change: ChangeRecord) {
    history.append(
      HistoryRef(entry: HistoryRef.verbatimMark, slot: UInt32(verbatim.count), tags: 0, brandAndPrevious: 0))
    verbatim.append(change)
  }

  /// A brand's id; a new brand gets its (empty) index and count.
  func internBrand(_ brand: String) -> UInt32 {
    let id = brands.id(for: brand)
    while byBrand.count <= Int(id) {
      byBrand.append(SortedKeyIndex())
      brandCounts.append(0)
    }
    precondition(id < 1 << 28, "too many distinct brands")
    return id
  }

  /// The change at a history position, built back. `vin`, when the caller
  /// has it, saves building the string.
  func change(at position: Int, vin: String? = nil) -> ChangeRecord {
    let ref = history[position]
    if ref.entry == HistoryRef.verbatimMark { return verbatim[Int(ref.slot)] }
    let entry = changelogEntry(ref.entry)
    let previous = ref.previousStatusCode
    return ChangeRecord(
      seq: Int64(position) + 1, vin: vin ?? vinString(ref.slot), brand: brands[ref.brand], status: entry.status,
      previousStatus: previous == HistoryRef.noPreviousStatus ? nil : ClearanceStatus(code: UInt8(previous)),
      reason: entry.reason, timestamp: entry.timestamp, tags: tagSets[ref.tags])
  }

  func cutHistory(to count: Int) {
    while history.count > count {
      if history.removeLast().entry == HistoryRef.verbatimMark { verbatim.removeLast() }
    }
  }
}
