import ClearanceCore

/// Where each put of a snapshot being loaded went: its history names
/// clearances by put number (`SnapshotChange`).
struct SnapshotPuts {
  /// Per put, in order: its slot.
  var slots: [UInt32] = []
  /// Puts whose VIN the slot spells otherwise (odd VINs equal only as
  /// `String`s, which no snapshot this host writes holds): their changes
  /// keep the put's spelling.
  var spellings: [Int: String] = [:]
}

/// Loading and writing a snapshot's clearances and history.
extension InMemoryStore {
  /// A snapshot's put: saved as usual, and its slot remembered.
  func loadPut(_ clearance: Clearance, into puts: inout SnapshotPuts) {
    let slot = put(clearance, changes: []).slot
    if !vins[Int(slot)].isPacked && !holds(clearance.vin, at: slot) {
      puts.spellings[puts.slots.count + 1] = clearance.vin
    }
    puts.slots.append(slot)
  }

  /// A snapshot's history, after its clearances, in one call or in slices:
  /// the n-th change of a clearance reports the n-th entry of its
  /// changelog. Where each slot's next entry is stays in `snapshotCursor`
  /// from slice to slice, until the next save. Throws, changing nothing,
  /// when a change names a put that did not come before it.
  func appendSnapshotHistory(_ changes: [SnapshotChange], puts: SnapshotPuts) throws(StoreError) {
    if let bad = changes.first(where: { $0.put > puts.slots.count }) {
      throw StoreError(
        "change \(bad.change.seq) of the history names put record \(bad.put), but only \(puts.slots.count) come before it"
      )
    }
    let notStarted = UInt32.max - 1
    var nextEntry = snapshotCursor
    snapshotCursor = []
    if nextEntry.count < slots.count {
      nextEntry.append(contentsOf: repeatElement(notStarted, count: slots.count - nextEntry.count))
    }
    defer { snapshotCursor = nextEntry }
    for item in changes {
      var change = item.change
      let slot: UInt32
      if item.put > 0, puts.spellings.isEmpty || puts.spellings[item.put] == nil {
        slot = puts.slots[item.put - 1]
      } else {
        if item.put > 0 { change.vin = puts.spellings[item.put]! }
        guard let found = self.slot(of: change.vin), holds(change.vin, at: found) else {
          appendVerbatim(change)
          continue
        }
        slot = found
      }
      var index = nextEntry[Int(slot)]
      if index == notStarted { index = slots[Int(slot)].head }
      guard index != StoredEntry.none, entry(index, equals: change) else {
        if item.put > 0 { change.vin = vinString(slot) }
        appendVerbatim(change)
        continue
      }
      append(
        change, entry: index, slot: slot, brand: internBrand(change.brand), tags: tagSets.id(for: change.tags))
      nextEntry[Int(slot)] = entries[Int(index)].next
    }
  }

  /// Per slot, the number of its put in a snapshot written now (1 for the
  /// first live slot, as `forEach` goes); 0 for dead slots.
  func putNumbers() -> [UInt32] {
    var numbers = [UInt32](repeating: 0, count: slots.count)
    var next: UInt32 = 1
    for slot in slots.indices where slots[slot].isLive {
      numbers[slot] = next
      next += 1
    }
    return numbers
  }

  /// The history from `position` on, at most `limit` changes, as a
  /// snapshot writes it: each change names its clearance's put.
  func snapshotChanges(from position: Int, limit: Int, putNumbers: [UInt32]) -> [SnapshotChange] {
    let end = min(history.count, position + max(0, limit))
    guard position < end else { return [] }
    return (position..<end).map { position in
      let ref = history[position]
      guard ref.entry != HistoryRef.verbatimMark, putNumbers[Int(ref.slot)] > 0 else {
        return SnapshotChange(change(at: position))
      }
      return SnapshotChange(put: Int(putNumbers[Int(ref.slot)]), change: change(at: position, vin: ""))
    }
  }
}
