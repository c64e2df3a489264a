/// VIN → slot, an open-addressing hash table of 8-byte buckets (the keys
/// themselves live in the store's `vins`, indexed by slot). A
/// `Dictionary<PackedVIN, UInt32>` would take 20 bytes a bucket.
///
/// A bucket holds slot + 1 in its low half (0 marks an empty bucket) and the
/// high 32 bits of the key's hash in its high half. A probe compares those
/// first and reads `vins` only when they match: a lookup walks adjacent
/// buckets instead of missing the cache once per probe in `vins`.
///
/// Linear probing. Removal shifts later entries back instead of leaving
/// tombstones.
struct VINTable {
  private var buckets: [UInt64] = Array(repeating: 0, count: 16)
  private(set) var count = 0

  private var mask: Int { buckets.count - 1 }

  func find(_ key: PackedVIN, in vins: [PackedVIN]) -> UInt32? {
    position(of: key, in: vins).map { Self.slot(buckets[$0]) }
  }

  /// Adds a slot whose key is not in the table yet.
  mutating func insert(_ slot: UInt32, in vins: [PackedVIN]) {
    if (count + 1) * 4 > buckets.count * 3 { grow(vins) }
    place(slot, hash: vins[Int(slot)].hashBits)
    count += 1
  }

  mutating func remove(_ key: PackedVIN, in vins: [PackedVIN]) {
    guard let index = position(of: key, in: vins) else { return }
    // Backward-shift deletion: move later entries of the probe run into
    // the hole when their home bucket does not lie between hole and entry.
    var hole = index
    var next = (index + 1) & mask
    while buckets[next] != 0 {
      let home = Int(truncatingIfNeeded: vins[Int(Self.slot(buckets[next]))].hashBits) & mask
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

  /// The bucket holding `key`, if any.
  private func position(of key: PackedVIN, in vins: [PackedVIN]) -> Int? {
    let hash = key.hashBits
    let tag = hash >> 32
    var index = Int(truncatingIfNeeded: hash) & mask
    while true {
      let bucket = buckets[index]
      if bucket == 0 { return nil }
      if bucket >> 32 == tag && vins[Int(Self.slot(bucket))] == key { return index }
      index = (index + 1) & mask
    }
  }

  private mutating func place(_ slot: UInt32, hash: UInt64) {
    var index = Int(truncatingIfNeeded: hash) & mask
    while buckets[index] != 0 { index = (index + 1) & mask }
    buckets[index] = (hash >> 32) << 32 | UInt64(slot + 1)
  }

  private mutating func grow(_ vins: [PackedVIN]) {
    let old = buckets
    buckets = Array(repeating: 0, count: old.count * 2)
    for bucket in old where bucket != 0 {
      let slot = Self.slot(bucket)
      place(slot, hash: vins[Int(slot)].hashBits)
    }
  }

  private static func slot(_ bucket: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: bucket) - 1 }
}
