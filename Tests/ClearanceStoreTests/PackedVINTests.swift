import TestSupport
import Testing

@testable import ClearanceStore

@Suite struct PackedVINTests {
  static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")

  static func randomVIN(_ random: inout SeededRandom) -> String {
    // Few distinct characters, so that long shared prefixes are common.
    let characters = random.chance(50) ? Array("09AZ") : alphabet
    return String((0..<17).map { _ in random.pick(characters) })
  }

  @Test func aVINReadsBackAsItWasPacked() throws {
    for vin in ["00000000000000000", "ZZZZZZZZZZZZZZZZZ", "KNAB0000000000001", "WVWZZZ1JZXW000001"] {
      let packed = try #require(PackedVIN(vin))
      #expect(packed.string == vin)
      #expect(packed.isPacked)
    }
  }

  @Test func packedOrderIsStringOrder() {
    var random = SeededRandom(seed: 17)
    let vins = (0..<2_000).map { _ in Self.randomVIN(&random) }
    let byString = vins.sorted()
    let byPacked = vins.sorted { PackedVIN($0)! < PackedVIN($1)! }
    #expect(byPacked == byString)
    for _ in 0..<2_000 {
      let left = random.pick(vins)
      let right = random.pick(vins)
      #expect((PackedVIN(left)! < PackedVIN(right)!) == (left < right), "\(left) \(right)")
      #expect((PackedVIN(left)! == PackedVIN(right)!) == (left == right))
    }
  }

  @Test func onlySeventeenDigitsAndCapitalsPack() {
    for odd in [
      "", "KNAB000000000001", "KNAB00000000000001", "knab0000000000001", "KNAB-000000000001", "KNAB00000000000É1",
      "KNAB000000000000 ", "KNAB00000000000:1", "KNAB00000000000@1",
    ] {
      #expect(PackedVIN(odd) == nil, "\(odd)")
    }
  }

  @Test func anOddKeyIsNotPacked() {
    #expect(!PackedVIN.odd(0).isPacked)
    #expect(PackedVIN("ZZZZZZZZZZZZZZZZZ")!.high < PackedVIN.odd(0).high)
  }

  @Test func slotOrderPutsOddVINsWhereStringsSortThem() {
    let strings = [
      "KNAB0000000000002", "KNA", "KNAB0000000000001", "zebra", "KNAB00000000000019", "0", "KNAB0000000000001",
    ]
    var vins: [PackedVIN] = []
    var odd: [String] = []
    for string in strings {
      if let packed = PackedVIN(string) {
        vins.append(packed)
      } else {
        vins.append(.odd(odd.count))
        odd.append(string)
      }
    }
    let order = SlotOrder(vins: vins, oddVINs: odd)
    let slots = (0..<UInt32(strings.count)).sorted { order.less($0, $1) }
    #expect(slots.map { strings[Int($0)] } == strings.sorted())
    // Equal VINs in two slots: by slot number.
    #expect(slots.firstIndex(of: 2)! < slots.firstIndex(of: 6)!)
    for cursor in ["KNAB0000000000001", "KNAB00000000000015", "A", "ZZZZZZZZZZZZZZZZZ", "KNA"] {
      let bound = VINBound(cursor)
      for slot in slots {
        #expect(order.isAtOrBefore(slot, bound) == (strings[Int(slot)] <= cursor), "\(strings[Int(slot)]) \(cursor)")
      }
    }
  }
}
