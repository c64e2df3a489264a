/// VIN → slot, an open-addressing hash table of 8-byte buckets (the keys
/// themselves live in the store's `vins`, indexed by slot). A
/// `Dictionary<PackedVIN, UInt32>` would take 20 bytes a bucket.
///
/// Linear probing. A bucket holds the key's 32-bit hash above slot + 1, so
/// 0 marks an empty bucket, a probe reads `vins` only when the hashes
/// match (at a million VINs each read of `vins` is a cache miss, and
/// recovery does millions of lookups), and growing never reads `vins`.
/// Removal shifts later entries back instead of leaving tombstones.
struct VINTable {
  private var buckets: [UInt64] = Array(repeating: 0, count: 16)
  private(set) var count = 0

  private var mask: Int { buckets.count - 1 }

  private static func hash(_ key: PackedVIN) -> UInt32 { UInt32(truncatingIfNeeded: key.hashBits) }

  private static func slot(_ bucket: UInt64) -> Int { Int(UInt32(truncatingIfNeeded: bucket)) - 1 }

  func find(_ key: PackedVIN, in vins: [PackedVIN]) -> UInt32? {
    let hash = Self.hash(key)
    var index = Int(hash) & mask
    while true {
      let bucket = buckets[index]
      if bucket == 0 { return nil }
      if UInt32(truncatingIfNeeded: bucket >> 32) == hash, vins[Self.slot(bucket)] == key {
        return UInt32(Self.slot(bucket))
      }
      index = (index + 1) & mask
    }
  }

  /// Adds a slot whose key is not in the table yet.
  mutating func insert(_ slot: UInt32, in vins: [PackedVIN]) {
    if (count + 1) * 4 > buckets.count * 3 { grow() }
    place(UInt64(Self.hash(vins[Int(slot)])) << 32 | UInt64(slot + 1))
    count += 1
  }

  mutating func remove(_ key: PackedVIN, in vins: [PackedVIN]) {
    let hash = Self.hash(key)
    var index = Int(hash) & mask
    while true {
      let bucket = buckets[index]
      if bucket == 0 { return }
      if UInt32(truncatingIfNeeded: bucket >> 32) == hash, vins[Self.slot(bucket)] == key { break }
      index = (index + 1) & mask
    }
    // Backward-shift deletion: move later entries of the probe run into
    // the hole when their home bucket does not lie between hole and entry.
    var hole = index
    var next = (index + 1) & mask
    while buckets[next] != 0 {
      let home = Int(buckets[next] >> 32) & mask
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

  private mutating func place(_ bucket: UInt64) {
    var index = Int(bucket >> 32) & mask
    while buckets[index] != 0 { index = (index + 1) & mask }
    buckets[index] = bucket
  }

  private mutating func grow() {
    let old = buckets
    buckets = Array(repeating: 0, count: old.count * 2)
    for bucket in old where bucket != 0 { place(bucket) }
  }
}
