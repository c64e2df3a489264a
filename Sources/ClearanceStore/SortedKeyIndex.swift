/// A sorted set of keys that is cheap to change: new keys wait in an
/// unsorted tail until the next read sorts them in, and removals are lazy
/// (readers check membership; stale keys are swept when they pile up).
/// Inserting 100,000 VINs one by one stays linear instead of quadratic.
struct SortedKeyIndex {
  private var sorted: [String] = []
  private var fresh: [String] = []
  private var stale = 0

  mutating func insert(_ key: String) { fresh.append(key) }

  mutating func noteRemoval() { stale += 1 }

  /// Sorts pending keys in and sweeps stale ones. `isMember` says whether a
  /// key still belongs to this index.
  mutating func prepare(isMember: (String) -> Bool) {
    if !fresh.isEmpty {
      fresh.sort()
      var merged: [String] = []
      merged.reserveCapacity(sorted.count + fresh.count)
      var left = 0
      var right = 0
      while left < sorted.count || right < fresh.count {
        let next: String
        if right >= fresh.count || (left < sorted.count && sorted[left] <= fresh[right]) {
          next = sorted[left]
          left += 1
        } else {
          next = fresh[right]
          right += 1
        }
        if merged.last != next { merged.append(next) }
      }
      sorted = merged
      fresh.removeAll(keepingCapacity: true)
    }
    if stale > 1024 && stale > sorted.count / 4 {
      sorted.removeAll { !isMember($0) }
      stale = 0
    }
  }

  /// Keys strictly after `cursor`, in order. Call `prepare` first.
  func keys(after cursor: String?) -> ArraySlice<String> {
    guard let cursor else { return sorted[...] }
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle] <= cursor { low = middle + 1 } else { high = middle }
    }
    return sorted[low...]
  }
}
