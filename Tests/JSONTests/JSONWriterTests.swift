import JSON
import TestSupport
import Testing

@Suite struct JSONWriterTests {
  @Test func compactOutputInStoredOrder() {
    let value: JSON = [
      "jsonrpc": "2.0", "id": 7,
      "result": ["ok": true, "items": [1, 2.5, nil, "x"], "empty": [:]],
    ]
    #expect(
      JSONWriter.string(value)
        == #"{"jsonrpc":"2.0","id":7,"result":{"ok":true,"items":[1,2.5,null,"x"],"empty":{}}}"#)
    #expect(JSONWriter.string([]) == "[]")
    #expect(JSONWriter.string(nil) == "null")
    #expect(JSONWriter.string(false) == "false")
  }

  @Test func writeAppendsToExistingBuffer() {
    var buffer = Array("prefix:".utf8)
    JSONWriter.write(["a": [true]], into: &buffer)
    #expect(String(decoding: buffer, as: UTF8.self) == #"prefix:{"a":[true]}"#)
  }

  @Test(arguments: [
    #"null"#, #"true"#, #"[1,-0,0.5,1e300,1E-5,12345678901234567890,1.0]"#,
    #"{"a":{"b":[{"c":null}]},"d":"\"\\\/\b\f\n\r\t\u0001","e":"é😀\u2028"}"#,
    #"{"z":1,"a":2,"z":3}"#,
    #" [ "\ud83d\ude00" , { } , [ ] ] "#,
    #"{"long":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\naaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}"#,
  ])
  func roundTrip(text: String) throws {
    let value = try JSONParser.parse(text)
    let written = JSONWriter.string(value)
    #expect(try JSONParser.parse(written) == value)
    // Writing is a fixed point after one round.
    #expect(JSONWriter.string(try JSONParser.parse(written)) == written)
  }

  @Test func everyControlCharacterIsEscaped() throws {
    let short: [UInt8: String] = [
      0x08: #"\b"#, 0x09: #"\t"#, 0x0A: #"\n"#, 0x0C: #"\f"#, 0x0D: #"\r"#,
    ]
    for code in UInt8(0)..<0x20 {
      let string = String(decoding: [code], as: UTF8.self)
      let hex = String(code, radix: 16)
      let expected = short[code] ?? #"\u00"# + (hex.count == 1 ? "0" + hex : hex)
      let written = JSONWriter.string(.string(string))
      #expect(written == "\"\(expected)\"", "control character \(code)")
      #expect(try JSONParser.parse(written) == .string(string))
    }
  }

  @Test func quotesBackslashAndSlash() {
    #expect(JSONWriter.string(#"say "hi" \ bye/"#) == #""say \"hi\" \\ bye/""#)
    var buffer: [UInt8] = []
    JSONWriter.appendString(#"\""#, into: &buffer)
    #expect(String(decoding: buffer, as: UTF8.self) == #""\\\"""#)
  }

  @Test func lineAndParagraphSeparatorsAreEscaped() throws {
    let value = JSON.string("a\u{2028}b\u{2029}c")
    let written = JSONWriter.string(value)
    #expect(written == #""a\u2028b\u2029c""#)
    #expect(try JSONParser.parse(written) == value)
    // Other E2 80 xx and E2 xx sequences stay raw.
    #expect(JSONWriter.string("\u{2027}\u{202A}€…") == "\"\u{2027}\u{202A}€…\"")
    #expect(JSONWriter.string("\u{2028}") == #""\u2028""#)
  }

  @Test func nonASCIIStaysRawUTF8() {
    let text = "é ß 日本語 😀 \u{10FFFF} \u{7F}"
    var buffer: [UInt8] = []
    JSONWriter.appendString(text, into: &buffer)
    #expect(buffer == [0x22] + Array(text.utf8) + [0x22])
  }

  @Test func noRawNewlineInOutput() throws {
    let value: JSON = [
      "a\nb": "line1\nline2\r\n", "list": ["\n", "\r", "\u{2028}", "\u{2029}", ["deep": "\n\t"]],
    ]
    var buffer: [UInt8] = []
    JSONWriter.write(value, into: &buffer)
    #expect(!buffer.contains(0x0A))
    #expect(!buffer.contains(0x0D))
    #expect(!JSONWriter.string(value).contains("\u{2028}"))
    #expect(try JSONParser.parse(buffer) == value)
  }

  @Test func numbersAreWrittenVerbatim() {
    for text in ["1.0", "1E+2", "-0", "12345678901234567890", "0.10", "1e-7"] {
      var buffer: [UInt8] = []
      JSONWriter.appendNumber(JSONNumber(text: text)!, into: &buffer)
      #expect(String(decoding: buffer, as: UTF8.self) == text)
    }
  }

  @Test func integerInitializers() {
    #expect(JSONNumber(Int.min).text == "-9223372036854775808")
    #expect(JSONNumber(Int64(42)).text == "42")
    #expect(JSONNumber(UInt64.max).text == "18446744073709551615")
    #expect(JSONNumber(UInt64.max).int64 == nil)
    #expect(JSONNumber(Int64.min).int64 == Int64.min)
  }

  @Test(arguments: [
    0.0, -0.0, 1.0, 1.5, 0.1, 0.2 + 0.1, -2.5e-8, 1e300, 1e-300, 1e16, 1e21, 123456789.125,
    .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNonzeroMagnitude,
    .leastNormalMagnitude,
    .pi, 9007199254740993.0,
  ])
  func doubleTextParsesBack(value: Double) throws {
    try expectDoubleRoundTrip(value)
  }

  @Test func randomDoublesParseBack() throws {
    var generator = SeededRandom(seed: 0x5EED)
    var checked = 0
    while checked < 20_000 {
      let value = Double(bitPattern: generator.next())
      guard value.isFinite else { continue }
      try expectDoubleRoundTrip(value)
      checked += 1
    }
  }

  @Test func doubleLiterals() {
    #expect(JSONWriter.string(1.5) == "1.5")
    #expect(JSONWriter.string([0.1, -0.0]) == "[0.1,-0.0]")
    #expect(JSONNumber(1e300).text == "1e+300")
  }

  private func expectDoubleRoundTrip(_ value: Double) throws {
    let number = JSONNumber(value)
    #expect(JSONNumber(text: number.text) != nil, "\(number.text) is not JSON")
    let back = try JSONParser.parse(JSONWriter.string(.number(number))).doubleValue
    #expect(back?.bitPattern == value.bitPattern, "\(value) -> \(number.text)")
  }
}
