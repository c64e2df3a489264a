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
}
