/// VIN → slot, an open-addressing hash table of 4-byte slot numbers (the
/// keys themselves live in the store's `vins`, indexed by slot). A
/// `Dictionary<PackedVIN, UInt32>` would take 20 bytes a bucket; this takes 4.
///
/// Linear probing; 0 marks an empty bucket, so a bucket holds slot + 1.
/// Removal shifts later entries back instead of leaving tombstones.
struct VINTable {
  private var buckets: [UInt32] = Array(repeating: 0, count: 16)
  private(set) var count = 0

  private var mask: Int { buckets.count - 1 }

  func find(_ key: PackedVIN, in vins: [PackedVIN]) -> UInt32? {
    var index = Int(truncatingIfNeeded: key.hashBits) & mask
    while true {
      let bucket = buckets[index]
      if bucket == 0 { return nil }
      if vins[Int(bucket - 1)] == key { return bucket - 1 }
      index = (index + 1) & mask
    }
  }

  /// Adds a slot whose key is not in the table yet.
  mutating func insert(_ slot: UInt32, in vins: [PackedVIN]) {
    if (count + 1) * 4 > buckets.count * 3 { grow(vins) }
    place(slot, key: vins[Int(slot)])
    count += 1
  }

  mutating func remove(_ key: PackedVIN, in vins: [PackedVIN]) {
    var index = Int(truncatingIfNeeded: key.hashBits) & mask
    while true {
      let bucket = buckets[index]
      if bucket == 0 { return }
      if vins[Int(bucket - 1)] == key { break }
      index = (index + 1) & mask
    }
    // Backward-shift deletion: move later entries of the probe run into
    // the hole when their home bucket does not lie between hole and entry.
    var hole = index
    var next = (index + 1) & mask
    while buckets[next] != 0 {
      let home = Int(truncatingIfNeeded: vins[Int(buckets[next] - 1)].hashBits) & mask
      let distanceToHome = (next - home) & mask
      let distanceToHole = (next - hole) & mask
      if distanceToHome >= distanceToHole {
        buckets[hole] = buckets[next]
        hole = next
      }
      next = (next + 1) & mask
    }
    buckets[hole] = 0
    count -= 1
  }

  private mutating func place(_ slot: UInt32, key: PackedVIN) {
    var index = Int(truncatingIfNeeded: key.hashBits) & mask
    while buckets[index] != 0 { index = (index + 1) & mask }
    buckets[index] = slot + 1
  }

  private mutating func grow(_ vins: [PackedVIN]) {
    let old = buckets
    buckets = Array(repeating: 0, count: old.count * 2)
    for bucket in old where bucket != 0 { place(bucket - 1, key: vins[Int(bucket - 1)]) }
  }
}
