import JSON
import Testing

@Suite struct JSONParserValueTests {
  @Test func scalars() throws {
    #expect(try parsed("null") == .null)
    #expect(try parsed("true") == .bool(true))
    #expect(try parsed("false") == .bool(false))
    #expect(try parsed("0") == .number(JSONNumber(0)))
    #expect(try parsed("-12") == .number(JSONNumber(-12)))
    #expect(try parsed(#""hi""#) == .string("hi"))
    #expect(try parsed(#""""#) == .string(""))
  }

  @Test func containers() throws {
    let value = try parsed(#" { "a" : [1, true, null, "x", {"b": []}], "c": {} } "#)
    let expected: JSON = ["a": [1, true, nil, "x", ["b": []]], "c": [:]]
    #expect(value == expected)
    #expect(try parsed("[]") == .array([]))
    #expect(try parsed("[ ]") == .array([]))
    #expect(try parsed("{ }") == .object(JSONObject()))
    #expect(try parsed("[[[]]]") == [[[]]])
  }

  @Test func objectKeepsKeyOrder() throws {
    let value = try parsed(#"{"z":1,"a":2,"m":3}"#)
    #expect(value.objectValue?.keys == ["z", "a", "m"])
  }

  @Test func surroundingWhitespace() throws {
    #expect(try parsed(" \t\n\r[1]\r\n\t ") == [1])
    // Only space, tab, LF and CR count as whitespace.
    #expect(refusal("\u{0C}1") != nil)
    #expect(refusal("1\u{0B}") != nil)
    #expect(refusal("\u{A0}1") != nil)
    #expect(refusal("[1,\u{2028}2]") != nil)
  }

  @Test func inputForms() throws {
    let text = #"{"k":[1,2]}"#
    let fromString = try JSONParser.parse(text)
    let fromBytes = try JSONParser.parse(Array(text.utf8))
    let fromRaw = try Array(text.utf8).withUnsafeBytes { raw throws(JSONParseError) in
      try JSONParser.parse(raw)
    }
    #expect(fromString == fromBytes)
    #expect(fromString == fromRaw)
    // Substring-backed String is still handled.
    let sliced = String(#"xx{"k":[1,2]}"#.dropFirst(2))
    #expect(try JSONParser.parse(sliced) == fromString)
  }

  @Test func emptyInput() {
    #expect(refusal("") == refusal([UInt8]()))
    #expect(refusal("")?.reason == "unexpected end of input")
    #expect(refusal("")?.offset == 0)
    #expect(refusal("   ")?.offset == 3)
    let error = [UInt8]().withUnsafeBytes { raw -> JSONParseError? in
      do throws(JSONParseError) {
        _ = try JSONParser.parse(raw)
        return nil
      } catch {
        return error
      }
    }
    #expect(error?.reason == "unexpected end of input")
  }
}

@Suite struct JSONParserStringTests {
  @Test func simpleEscapes() throws {
    #expect(try parsed(#""\" \\ \/ \b \f \n \r \t""#) == .string("\" \\ / \u{8} \u{C} \n \r \t"))
    #expect(try parsed(#""a\nb""#) == .string("a\nb"))
    #expect(try parsed(#""\\""#) == .string("\\"))
  }

  @Test func unicodeEscapes() throws {
    #expect(try parsed(#""\u0041\u00e9\u20AC\u0000""#) == .string("Aé€\u{0}"))
    #expect(try parsed(#""\ud83d\ude00""#) == .string("😀"))
    #expect(try parsed(#""x\uD83D\uDE00y""#) == .string("x😀y"))
    #expect(try parsed(#""\uDBFF\uDFFF""#) == .string("\u{10FFFF}"))
  }

  @Test func escapesMixedWithRawUTF8() throws {
    let value = try parsed(#""é\n日本\t😀\u00e9""#)
    #expect(value == .string("é\n日本\t😀é"))
  }

  @Test func longStringsUseTheWordSkipPathCorrectly() throws {
    // Special bytes at every position relative to the 8-byte stride.
    for position in 0..<24 {
      var plain = String(repeating: "a", count: 24)
      var escaped = plain
      plain.insert("é", at: plain.index(plain.startIndex, offsetBy: position))
      escaped.insert(contentsOf: #"\n"#, at: escaped.index(escaped.startIndex, offsetBy: position))
      #expect(try parsed("\"\(plain)\"").stringValue == plain)
      #expect(try parsed("\"\(escaped)\"").stringValue?.contains("\n") == true)
      var control = Array(String(repeating: "a", count: 24).utf8)
      control.insert(0x01, at: position)
      let error = refusal([0x22] + control + [0x22])
      #expect(error?.offset == position + 1)
      #expect(error?.reason == "control character U+0001 in string must be escaped")
    }
  }

  @Test(arguments: 0..<0x20)
  func unescapedControlCharacterIsRefused(code: Int) {
    let error = refusal([0x22, 0x61, UInt8(code), 0x22])
    let hex = String(code, radix: 16, uppercase: true)
    let padded = String(repeating: "0", count: 4 - hex.count) + hex
    #expect(error?.offset == 2)
    #expect(error?.reason == "control character U+\(padded) in string must be escaped")
  }

  @Test func deleteCharacterIsAllowedRaw() throws {
    #expect(try JSONParser.parse([0x22, 0x7F, 0x22]) == .string("\u{7F}"))
  }

  @Test func invalidEscapes() {
    #expect(refusal(#""\x""#)?.reason == #"invalid escape \x"#)
    #expect(refusal(#""\x""#)?.offset == 1)
    #expect(refusal(#""ab\'""#)?.reason == #"invalid escape \'"#)
    #expect(refusal(#""ab\'""#)?.offset == 3)
    #expect(refusal(#""\U0041""#)?.reason == #"invalid escape \U"#)
    #expect(refusal(#""\a""#) != nil)
    #expect(refusal(#""\u12""#)?.reason == #"invalid \u escape: expected 4 hex digits"#)
    #expect(refusal(#""\u12G4""#)?.reason == #"invalid \u escape: expected 4 hex digits"#)
    #expect(refusal(#""\"#)?.reason == "unexpected end of input")
    #expect(
      refusal([0x22, 0x5C, 0x0A, 0x22])?.reason == "invalid escape: byte 0x0A after backslash")
  }

  @Test func loneSurrogates() {
    #expect(refusal(#""\ud800""#)?.reason == #"lone surrogate \ud800"#)
    #expect(refusal(#""\ud800""#)?.offset == 1)
    #expect(refusal(#""\uDC00""#)?.reason == #"lone surrogate \udc00"#)
    #expect(refusal(#""ab\udfff""#)?.offset == 3)
    #expect(refusal(#""\ud800x""#)?.reason == #"lone surrogate \ud800"#)
    #expect(refusal(#""\ud800\n""#)?.reason == #"lone surrogate \ud800"#)
    #expect(refusal(#""\ud800\u0041""#)?.reason == #"lone surrogate \ud800"#)
    #expect(refusal(#""\ud800\ud800""#)?.reason == #"lone surrogate \ud800"#)
    #expect(refusal(#""\ude00\ud83d""#)?.reason == #"lone surrogate \ude00"#)
  }

  @Test func validUTF8IsAccepted() throws {
    let samples = [
      "é", "ß", "€", "日本語", "😀", "\u{10FFFF}", "\u{E000}", "\u{FFFD}", "\u{80}", "\u{7FF}",
      "\u{800}", "\u{10000}",
    ]
    for sample in samples {
      #expect(try parsed("\"\(sample)\"") == .string(sample), "\(sample)")
    }
  }

  @Test(
    arguments: [
      [0xC0, 0x80],  // overlong NUL
      [0xC1, 0xBF],  // overlong
      [0xE0, 0x80, 0x80],  // overlong 3-byte
      [0xE0, 0x9F, 0xBF],  // overlong 3-byte
      [0xF0, 0x80, 0x80, 0x80],  // overlong 4-byte
      [0xF0, 0x8F, 0xBF, 0xBF],  // overlong 4-byte
      [0xED, 0xA0, 0x80],  // U+D800 encoded
      [0xED, 0xBF, 0xBF],  // U+DFFF encoded
      [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
      [0xF5, 0x80, 0x80, 0x80],
      [0xF8, 0x88, 0x80, 0x80, 0x80],
      [0xFE], [0xFF],
      [0x80],  // lone continuation
      [0xBF],
      [0xC3],  // truncated
      [0xE2, 0x82],  // truncated
      [0xF0, 0x9F, 0x98],  // truncated
      [0xC3, 0x41],  // missing continuation
      [0xE2, 0x28, 0xA1],
    ] as [[UInt8]])
  func invalidUTF8IsRefused(sequence: [UInt8]) {
    let error = refusal([0x22, 0x61] + sequence + [0x22])
    #expect(error?.reason == "invalid UTF-8 in string")
    #expect(error?.offset == 2)
    // Outside strings, any non-ASCII byte is refused too.
    #expect(refusal([0x5B] + sequence + [0x5D]) != nil)
  }

  @Test func byteOrderMarkIsRefused() {
    let error = refusal([0xEF, 0xBB, 0xBF, 0x7B, 0x7D])
    #expect(error?.offset == 0)
    #expect(error?.reason == "byte order mark (BOM) is not allowed")
    #expect(refusal([0xEF, 0xBB, 0xBF]) != nil)
  }

  @Test func unterminatedString() {
    #expect(refusal(#""abc"#)?.reason == "unexpected end of input")
    #expect(refusal(#""abc"#)?.offset == 4)
    #expect(refusal(#"["abc]"#)?.reason == "unexpected end of input")
  }

  @Test func keysAreComparedByBytes() throws {
    // Canonically equivalent but different bytes: two distinct members.
    let value = try parsed("{\"\u{E9}\":1,\"e\u{301}\":2}")
    #expect(value.objectValue?.count == 2)
    #expect(value["\u{E9}"] == 1)
    #expect(value["e\u{301}"] == 2)
  }
}

@Suite struct JSONParserNumberTests {
  @Test(arguments: [
    "0", "-0", "1", "-1", "123", "0.5", "-0.5", "1.25", "1e5", "1E5", "1e+5", "1e-5", "1.5E-10",
    "0e0", "-0.0e-0", "12345678901234567890", "1.0", "100", "1e00", "123456789.987654321e-0012",
  ])
  func validNumberTextIsKeptExactly(text: String) throws {
    #expect(try parsed(text) == .number(JSONNumber(text: text)!))
    #expect(try parsed(text).objectValue == nil)
    guard case .number(let number) = try parsed("[\(text)]").arrayValue?.first else {
      Issue.record("not a number: \(text)")
      return
    }
    #expect(number.text == text)
    #expect(JSONWriter.string(try parsed(text)) == text)
  }

  @Test(arguments: [
    ("01", 1, "leading zeros are not allowed"),
    ("-01", 2, "leading zeros are not allowed"),
    ("00", 1, "leading zeros are not allowed"),
    ("+1", 0, "expected a value, found '+'"),
    (".5", 0, "expected a value, found '.'"),
    ("1.", 2, "expected digit after '.'"),
    ("1.e5", 2, "expected digit after '.'"),
    ("-", 1, "unexpected end of input"),
    ("-a", 1, "expected digit after '-'"),
    ("--1", 1, "expected digit after '-'"),
    ("1e", 2, "expected digit in exponent"),
    ("1e+", 3, "expected digit in exponent"),
    ("1E-x", 3, "expected digit in exponent"),
    ("NaN", 0, "expected a value, found 'N'"),
    ("Infinity", 0, "expected a value, found 'I'"),
    ("-Infinity", 1, "expected digit after '-'"),
    ("0x10", 1, "trailing characters after the value"),
    ("1.5.5", 3, "trailing characters after the value"),
    ("[1.]", 3, "expected digit after '.'"),
  ])
  func invalidNumbers(text: String, offset: Int, reason: String) {
    let error = refusal(text)
    #expect(error?.offset == offset, "\(text)")
    #expect(error?.reason == reason, "\(text)")
    #expect(JSONNumber(text: text) == nil)
  }

  @Test func bigIntegerIdsArePreserved() throws {
    let request = try parsed(#"{"jsonrpc":"2.0","id":12345678901234567890,"method":"x"}"#)
    guard case .number(let id) = request["id"] else {
      Issue.record("id is not a number")
      return
    }
    #expect(id.text == "12345678901234567890")
    #expect(id.int64 == nil)
    #expect(id.double == 12345678901234567890.0)
    #expect(
      JSONWriter.string(request) == #"{"jsonrpc":"2.0","id":12345678901234567890,"method":"x"}"#)
  }

  @Test(
    arguments: [
      ("5", 5), ("-5", -5), ("0", 0), ("-0", 0), ("5.0", 5), ("5e2", 500), ("5E+2", 500),
      ("0.5e1", 5), ("500e-2", 5), ("123.4500e2", 12345), ("0.000", 0), ("0e999999999999", 0),
      ("-0.0e-5", 0), ("1e18", 1_000_000_000_000_000_000), ("10.00", 10),
      ("9223372036854775807", Int64.max), ("-9223372036854775808", Int64.min),
      ("922337203685477580.7e1", Int64.max), ("-9.223372036854775808e18", Int64.min),
      ("999999999999999999", 999_999_999_999_999_999),
    ] as [(String, Int64)])
  func int64Conversions(text: String, expected: Int64) {
    #expect(JSONNumber(text: text)?.int64 == expected, "\(text)")
  }

  @Test(arguments: [
    "5.5", "0.1", "1e-1", "9223372036854775808", "-9223372036854775809", "1e19", "1e999999999999",
    "12345678901234567890", "1e-999999999999", "10000000000000000000000", "-1.5", "5.000001",
  ])
  func int64RefusesNonIntegersAndOverflow(text: String) {
    #expect(JSONNumber(text: text)?.int64 == nil, "\(text)")
  }

  @Test func doubleConversions() {
    #expect(JSONNumber(text: "1.5")?.double == 1.5)
    #expect(JSONNumber(text: "-0")?.double?.sign == .minus)
    #expect(JSONNumber(text: "1e-400")?.double == 0)
    #expect(JSONNumber(text: "1e400")?.double == nil)
    #expect(JSONNumber(text: "-1e400")?.double == nil)
    #expect(JSONNumber(text: "0.1")?.double == 0.1)
    #expect(JSONNumber(text: "1.7976931348623157e308")?.double == .greatestFiniteMagnitude)
  }

  @Test func numberTextValidation() {
    #expect(JSONNumber(text: "1")?.text == "1")
    #expect(JSONNumber(text: "") == nil)
    #expect(JSONNumber(text: " 1") == nil)
    #expect(JSONNumber(text: "1 ") == nil)
    #expect(JSONNumber(text: "1x") == nil)
    #expect(JSONNumber(text: "inf") == nil)
    #expect(JSONNumber(text: "nan") == nil)
    #expect(JSONNumber(text: "-") == nil)
  }
}

@Suite struct JSONParserStructureTests {
  @Test func duplicateKeysLastWinsAtFirstPosition() throws {
    let value = try parsed(#"{"a":1,"b":2,"a":3}"#)
    #expect(value.objectValue?.keys == ["a", "b"])
    #expect(value["a"] == 3)
    #expect(JSONWriter.string(value) == #"{"a":3,"b":2}"#)
  }

  @Test func duplicateKeysInLargeObjects() throws {
    // Past the size where the object switches to a hashed index.
    let members = (0..<100).map { #""k\#($0)":\#($0)"# }.joined(separator: ",")
    let value = try parsed("{\(members),\"k7\":\"again\",\"k99\":null}")
    #expect(value.objectValue?.count == 100)
    #expect(value.objectValue?.keys.first == "k0")
    #expect(value.objectValue?.keys.last == "k99")
    #expect(value["k7"] == "again")
    #expect(value["k99"] == .null)
    #expect(value["k50"] == 50)
    #expect(value["missing"] == nil)
  }

  @Test func depthLimit() throws {
    let ok = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
    #expect(refusal(ok) == nil)
    let tooDeep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
    let error = refusal(tooDeep)
    #expect(error?.reason == "nesting deeper than 512 levels")
    #expect(error?.offset == 512)

    let objects =
      String(repeating: #"{"a":"#, count: 512) + "1" + String(repeating: "}", count: 512)
    #expect(refusal(objects) == nil)
    let deeperObjects =
      String(repeating: #"{"a":"#, count: 513) + "1" + String(repeating: "}", count: 513)
    #expect(refusal(deeperObjects)?.reason == "nesting deeper than 512 levels")
  }

  @Test func customDepthLimit() {
    #expect(refusal("[[1]]", maxDepth: 2) == nil)
    #expect(refusal("[[[1]]]", maxDepth: 2)?.reason == "nesting deeper than 2 levels")
    #expect(refusal("[]", maxDepth: 0)?.reason == "nesting deeper than 0 levels")
    #expect(refusal("1", maxDepth: 0) == nil)
  }

  @Test func hostileNestingFailsFast() {
    let clock = ContinuousClock()
    let start = clock.now
    let arrays = [UInt8](repeating: UInt8(ascii: "["), count: 100_000)
    #expect(refusal(arrays)?.reason == "nesting deeper than 512 levels")
    let mixed = Array(String(repeating: #"[{"":"#, count: 50_000).utf8)
    #expect(refusal(mixed)?.reason == "nesting deeper than 512 levels")
    // Even with an absurd limit the parser must not overflow the call stack.
    #expect(refusal(arrays, maxDepth: .max)?.reason == "unexpected end of input")
    #expect(clock.now - start < .seconds(5))
  }

  @Test func deepValuesParseWithoutRecursionWhenAllowed() throws {
    let depth = 5_000
    let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    let value = try JSONParser.parse(text, maxDepth: depth)
    var level = 0
    var current = value
    while let inner = current.arrayValue?.first {
      current = inner
      level += 1
    }
    #expect(level == depth - 1)
  }

  @Test(arguments: [
    ("[1,]", 3, "trailing comma before ']'"),
    (#"{"a":1,}"#, 7, "trailing comma before '}'"),
    ("[,1]", 1, "expected a value, found ','"),
    ("[1 2]", 3, "expected ',' or ']' after array element, found '2'"),
    (#"{"a" 1}"#, 5, "expected ':' after object key"),
    (#"{"a":1 "b":2}"#, 7, "expected ',' or '}' after object member, found '\"'"),
    ("{'a':1}", 1, "expected '\"' to start an object key, found '''"),
    ("['a']", 1, "expected a value, found '''"),
    ("{1:1}", 1, "expected '\"' to start an object key, found '1'"),
    ("[1] // c", 4, "trailing characters after the value"),
    ("/* c */ 1", 0, "expected a value, found '/'"),
    ("[1]x", 3, "trailing characters after the value"),
    ("1 2", 2, "trailing characters after the value"),
    ("{} }", 3, "trailing characters after the value"),
    ("[1,2", 4, "unexpected end of input"),
    (#"{"a":"#, 5, "unexpected end of input"),
    (#"{"a""#, 4, "unexpected end of input"),
    ("tru", 3, "unexpected end of input"),
    ("trUe", 0, "invalid literal, expected 'true'"),
    ("nul1", 0, "invalid literal, expected 'null'"),
    ("[True]", 1, "expected a value, found 'T'"),
    ("[1]\u{0}", 3, "trailing characters after the value"),
    ("\u{0}", 0, "expected a value, found byte 0x00"),
  ])
  func errorOffsetsAndReasons(text: String, offset: Int, reason: String) {
    let error = refusal(text)
    #expect(error?.offset == offset, "\(text)")
    #expect(error?.reason == reason, "\(text)")
  }

  @Test func errorDescription() {
    let error = refusal(#"{"method" "x", "id": 1}"#)
    #expect(error?.description == "at byte 10: expected ':' after object key")
    let sample = refusal(#"{"jsonrpc":"2.0" "id":1}"#)
    #expect(
      sample.map { "\($0)" } == "at byte 17: expected ',' or '}' after object member, found '\"'")
  }
}
