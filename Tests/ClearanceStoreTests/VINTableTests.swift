import TestSupport
import Testing

@testable import ClearanceStore

@Suite struct VINTableTests {
  @Test func findsEveryKeyAfterGrowthAndRemovals() {
    var random = SeededRandom(seed: 3)
    var vins: [PackedVIN] = []
    var table = VINTable()
    var present = Set<Int>()
    for _ in 0..<5_000 {
      let vin = PackedVIN(PackedVINTests.randomVIN(&random))!
      guard table.find(vin, in: vins) == nil else { continue }
      vins.append(vin)
      table.insert(UInt32(vins.count - 1), in: vins)
      present.insert(vins.count - 1)
    }
    // Remove a third, in random order; the rest must stay findable.
    for slot in present.shuffled(using: &random).prefix(present.count / 3) {
      table.remove(vins[slot], in: vins)
      present.remove(slot)
    }
    #expect(table.count == present.count)
    for slot in vins.indices {
      #expect(table.find(vins[slot], in: vins) == (present.contains(slot) ? UInt32(slot) : nil))
    }
  }

  @Test func removingAnAbsentKeyChangesNothing() {
    let vins = [PackedVIN("KNAB0000000000001")!]
    var table = VINTable()
    table.insert(0, in: vins)
    table.remove(PackedVIN("KNAB0000000000002")!, in: vins)
    #expect(table.count == 1)
    #expect(table.find(vins[0], in: vins) == 0)
  }

  /// Two keys with the same high hash half and the same home bucket: the
  /// bucket's tag matches for both, so only the key comparison tells them apart.
  @Test func keysWhoseTagsCollideStayApart() throws {
    var random = SeededRandom(seed: 7)
    var seen: [UInt64: PackedVIN] = [:]
    var pair: (PackedVIN, PackedVIN)?
    // A birthday search over 36 bits: about 330,000 keys on average.
    for _ in 0..<4_000_000 {
      let key = PackedVIN(high: random.next() >> 4, low: random.next() >> 22)
      let hash = key.hashBits
      let signature = (hash >> 32) << 4 | (hash & 15)
      if let earlier = seen[signature], earlier != key {
        pair = (earlier, key)
        break
      }
      seen[signature] = key
    }
    let (first, second) = try #require(pair)
    var vins = [first]
    var table = VINTable()
    table.insert(0, in: vins)
    #expect(table.find(second, in: vins) == nil)
    table.remove(second, in: vins)
    #expect(table.count == 1)
    vins.append(second)
    table.insert(1, in: vins)
    #expect(table.find(first, in: vins) == 0)
    #expect(table.find(second, in: vins) == 1)
    table.remove(first, in: vins)
    #expect(table.find(first, in: vins) == nil)
    #expect(table.find(second, in: vins) == 1)
  }
}
