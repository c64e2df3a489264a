import ClearanceCore
import Testing

@testable import ClearanceStore

@Suite struct InternTableTests {
  @Test func equalValuesShareAnIdAndDistinctOnesDoNot() {
    var table = InternTable<ExactString>()
    let first = table.id(for: "ACME Fleet Services")
    let other = table.id(for: "Other Fleet Services")
    #expect(first != other)
    #expect(table.id(for: String("ACME Fleet Services".reversed().reversed())) == first)
    #expect(table.id(for: "Other Fleet Services") == other)
    #expect(table[first] == "ACME Fleet Services")
    #expect(table.count == 2)
    #expect(table.existingID(for: "nobody") == nil)
  }

  @Test func canonicallyEquivalentSpellingsStayApart() {
    let composed = "Caf\u{E9}"
    let decomposed = "Cafe\u{301}"
    #expect(composed == decomposed, "Swift's == says equal")
    var strings = InternTable<ExactString>()
    let one = strings.id(for: composed)
    let two = strings.id(for: decomposed)
    #expect(one != two)
    #expect(Array(strings[two].utf8) == Array(decomposed.utf8))
    var tags = InternTable<ExactTags>()
    let tagOne = tags.id(for: [Tag(key: "customer", value: composed)])
    let tagTwo = tags.id(for: [Tag(key: "customer", value: decomposed)])
    #expect(tagOne != tagTwo)
    #expect(Array(tags[tagTwo][0].value.utf8) == Array(decomposed.utf8))
  }

  @Test func everyUniqueTagSetGetsItsOwnId() {
    var tags = InternTable<ExactTags>()
    var ids: [UInt32] = []
    for number in 0..<1_000 { ids.append(tags.id(for: [Tag(key: "customer", value: "fleet \(number)")])) }
    #expect(Set(ids).count == 1_000)
    for number in 0..<1_000 { #expect(tags[ids[number]] == [Tag(key: "customer", value: "fleet \(number)")]) }
    // Order and count matter.
    let pair = [Tag(key: "a", value: "1"), Tag(key: "b", value: "2")]
    #expect(tags.id(for: pair) != tags.id(for: Array(pair.reversed())))
    #expect(tags.id(for: pair) != tags.id(for: [pair[0]]))
    #expect(tags.id(for: []) == tags.id(for: []))
  }
}
