import JSON
import Testing

@Suite struct ExactEqualityTests {
  @Test func equalStringsOfEveryLengthAroundTheEightByteStep() {
    for length in 0...25 {
      let text = String(repeating: "a", count: length)
      #expect(exactlyEqual(text, String(decoding: Array(text.utf8), as: UTF8.self)))
    }
  }

  @Test func aDifferenceAtAnyPositionIsFound() {
    let base = Array("WVWZZZ1JZXW000001-long-enough-for-a-heap-string".utf8)
    for position in base.indices {
      var changed = base
      changed[position] ^= 0x01
      #expect(
        !exactlyEqual(String(decoding: base, as: UTF8.self), String(decoding: changed, as: UTF8.self)),
        "a difference at byte \(position) went unnoticed")
    }
  }

  @Test func canonicallyEquivalentSpellingsDiffer() {
    #expect("é" == "e\u{301}")
    #expect(!exactlyEqual("é", "e\u{301}"))
    #expect(!exactlyEqual("caf\u{E9}", "cafe"))
  }

  @Test func differentLengthsDiffer() {
    #expect(!exactlyEqual("abc", "abcd"))
    #expect(!exactlyEqual("", "a"))
  }
}
