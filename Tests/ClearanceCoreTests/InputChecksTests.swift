import ClearanceCore
import Testing

@Suite struct VINTests {
  @Test(arguments: [
    ("VIN0TESTVIN000000", "VIN0TESTVIN000000"),
    ("  vin0testvin000000\t\r\n", "VIN0TESTVIN000000"),
    ("wvwzzz1jzxw000001", "WVWZZZ1JZXW000001"),
    // I, O and Q are allowed (sandbox VINs use them).
    ("IOQIOQIOQIOQIOQIO", "IOQIOQIOQIOQIOQIO"),
    ("12345678901234567", "12345678901234567"),
  ])
  func acceptedAndNormalized(raw: String, normalized: String) {
    #expect(InputChecks.normalizedVIN(raw) == normalized)
  }

  @Test(arguments: [
    "", "VIN0TESTVIN00000", "VIN0TESTVIN0000000", "VIN0TESTVIN 00000", "VIN0TESTVIN-00000",
    "VIN0TESTVIN00000_", "VIN0TESTVIN00000Ö", "VIN0TESTVIN00000ı", "VIN0TESTVIN0000０",
    "VIN0TESTVIN00000\u{0}", "VIN0TESTVIN00000\u{301}",
  ])
  func rejected(raw: String) {
    #expect(InputChecks.normalizedVIN(raw) == nil)
  }
}

@Suite struct BrandIdentifierTests {
  @Test(arguments: [
    "kia", "mercedes-benz", "volvo-cars", "a", "nissan2", String(repeating: "x", count: 32),
  ])
  func wellFormed(brand: String) {
    #expect(InputChecks.isWellFormedBrand(brand))
  }

  @Test(arguments: [
    "", "Ford", "ford ", " ford", "bmw_mini", "citroën", "ƒord", "a.b",
    String(repeating: "x", count: 33),
  ])
  func malformed(brand: String) {
    #expect(!InputChecks.isWellFormedBrand(brand))
  }
}

@Suite struct TagLimitTests {
  @Test func emptyAndOrdinaryTagsPass() {
    #expect(InputChecks.problem(with: []) == nil)
    #expect(
      InputChecks.problem(with: [Tag(key: "", value: ""), Tag(key: "depot", value: "7")]) == nil)
  }

  @Test func atMost64Tags() throws {
    let tags = (0..<65).map { Tag(key: "k\($0)", value: "v") }
    #expect(InputChecks.problem(with: Array(tags.prefix(64))) == nil)
    let problem = try #require(InputChecks.problem(with: tags))
    #expect(problem.contains("64"))
    #expect(problem.contains("65"))
  }

  // Two-byte characters: the limit is in bytes, not characters.
  @Test func keysAndValuesAtMost256Bytes() {
    let fits = String(repeating: "é", count: 128)
    let tooLong = String(repeating: "é", count: 128) + "x"
    #expect(InputChecks.problem(with: [Tag(key: fits, value: fits)]) == nil)
    #expect(
      InputChecks.problem(with: [Tag(key: String(repeating: "k", count: 256), value: "")]) == nil)
    #expect(InputChecks.problem(with: [Tag(key: tooLong, value: "v")]) != nil)
    #expect(InputChecks.problem(with: [Tag(key: "k", value: tooLong)]) != nil)
    #expect(
      InputChecks.problem(with: [Tag(key: "k", value: String(repeating: "v", count: 257))]) != nil)
  }

  /// Regression: a key with an interior NUL reached adapters, whose header
  /// promises keys without one.
  @Test func aNULInATagKeyIsRefusedButNotInAValue() throws {
    let problem = try #require(InputChecks.problem(with: [Tag(key: "ok", value: "v"), Tag(key: "a\0b", value: "v")]))
    #expect(problem.contains("NUL"))
    #expect(InputChecks.problem(with: [Tag(key: "k", value: "a\0b")]) == nil)
  }

  @Test func aLongTagAnywhereInTheListIsFound() {
    let tags =
      (0..<10).map { Tag(key: "k\($0)", value: "v") } + [
        Tag(key: "last", value: String(repeating: "v", count: 257))
      ]
    let problem = InputChecks.problem(with: tags)
    #expect(problem?.contains("\"last\"") == true)
  }
}
