/// A sorted set of slots (4 bytes each), ordered by VIN, that is cheap to
/// change: new slots wait in an unsorted tail until the next read sorts
/// them in, and removals are lazy (readers check membership; stale slots
/// are swept when they pile up). Inserting 100,000 VINs one by one stays
/// linear instead of quadratic.
struct SortedKeyIndex {
  private var sorted: [UInt32] = []
  private var fresh: [UInt32] = []
  private var stale = 0

  mutating func insert(_ slot: UInt32) { fresh.append(slot) }

  mutating func noteRemoval() { stale += 1 }

  /// Sorts pending slots in and sweeps stale ones. `isMember` says whether
  /// a slot still belongs to this index.
  mutating func prepare(order: SlotOrder, isMember: (UInt32) -> Bool) {
    if !fresh.isEmpty {
      sortFresh(order)
      var merged: [UInt32] = []
      merged.reserveCapacity(sorted.count + fresh.count)
      var left = 0
      var right = 0
      while left < sorted.count || right < fresh.count {
        let next: UInt32
        if right >= fresh.count || (left < sorted.count && !order.less(fresh[right], sorted[left])) {
          next = sorted[left]
          left += 1
        } else {
          next = fresh[right]
          right += 1
        }
        if merged.last != next { merged.append(next) }
      }
      sorted = merged
      // A burst of inserts should not leave its capacity behind for good.
      fresh = []
    }
    if stale > 1024 && stale > sorted.count / 4 {
      sorted.removeAll { !isMember($0) }
      stale = 0
    }
  }

  /// Sorts `fresh` on a packed copy of the keys: comparing contiguous
  /// (VIN, slot) pairs is much faster than looking each VIN up.
  private mutating func sortFresh(_ order: SlotOrder) {
    var pairs: [(high: UInt64, low: UInt64, slot: UInt32)] = []
    pairs.reserveCapacity(fresh.count)
    var allPacked = true
    for slot in fresh {
      let key = order.vin(slot)
      allPacked = allPacked && key.isPacked
      pairs.append((key.high, key.low, slot))
    }
    guard allPacked else {
      fresh.sort { order.less($0, $1) }
      return
    }
    pairs.sort { $0 < $1 }
    for index in pairs.indices { fresh[index] = pairs[index].slot }
  }

  /// Slots after the cursor, in order. Call `prepare` first.
  func slots(after cursor: VINBound?, order: SlotOrder) -> ArraySlice<UInt32> {
    guard let cursor else { return sorted[...] }
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if order.isAtOrBefore(sorted[middle], cursor) { low = middle + 1 } else { high = middle }
    }
    return sorted[low...]
  }
}
