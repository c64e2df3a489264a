/// Strict RFC 8259 parser working directly on UTF-8 bytes.
public enum JSONParser {
  public static let defaultMaxDepth = 512

  /// Parses exactly one JSON value (RFC 8259), allowing surrounding JSON
  /// whitespace (space, \t, \n, \r only).
  public static func parse(
    _ bytes: UnsafeRawBufferPointer, maxDepth: Int = defaultMaxDepth
  ) throws(JSONParseError) -> JSON {
    try bytes.withMemoryRebound(to: UInt8.self) { run($0, maxDepth: maxDepth) }.get()
  }

  public static func parse(
    _ bytes: [UInt8], maxDepth: Int = defaultMaxDepth
  ) throws(JSONParseError) -> JSON {
    try bytes.withUnsafeBufferPointer { run($0, maxDepth: maxDepth) }.get()
  }

  public static func parse(
    _ text: String, maxDepth: Int = defaultMaxDepth
  ) throws(JSONParseError) -> JSON {
    if let result = text.utf8.withContiguousStorageIfAvailable({ run($0, maxDepth: maxDepth) }) {
      return try result.get()
    }
    return try parse(Array(text.utf8), maxDepth: maxDepth)
  }

  private static func run(
    _ buffer: UnsafeBufferPointer<UInt8>, maxDepth: Int
  ) -> Result<JSON, JSONParseError> {
    guard let base = buffer.baseAddress, !buffer.isEmpty else {
      return .failure(JSONParseError(offset: 0, reason: "unexpected end of input"))
    }
    var parser = Parser(p: base, end: buffer.count, maxDepth: maxDepth)
    do {
      return .success(try parser.parseDocument())
    } catch {
      return .failure(error)
    }
  }
}

/// Single-pass parser state. Iterative (explicit container stack), so hostile
/// nesting costs heap, not call stack, and is cut off at `maxDepth`.
struct Parser {
  let p: UnsafePointer<UInt8>
  let end: Int
  let maxDepth: Int
  var i = 0
  /// Reused buffer for strings that contain escapes.
  var scratch: [UInt8] = []

  init(p: UnsafePointer<UInt8>, end: Int, maxDepth: Int) {
    self.p = p
    self.end = end
    self.maxDepth = maxDepth
  }

  /// An open container. Its pending elements (and, for objects, keys) live on
  /// the shared `values`/`keys` stacks from these offsets on, so each container
  /// is allocated once, at its final size, when it closes.
  private struct Frame {
    var isObject: Bool
    var valueStart: Int
    var keyStart: Int
  }

  mutating func parseDocument() throws(JSONParseError) -> JSON {
    if end >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF {
      throw JSONParseError(offset: 0, reason: "byte order mark (BOM) is not allowed")
    }
    let value = try parseValue()
    skipWhitespace()
    guard i == end else { throw fail(i, "trailing characters after the value") }
    return value
  }

  private mutating func parseValue() throws(JSONParseError) -> JSON {
    var stack: [Frame] = []
    var values: [JSON] = []
    var keys: [String] = []
    outer: while true {
      var value: JSON
      skipWhitespace()
      guard i < end else { throw endOfInput() }
      let c = p[i]
      if stack.capacity == 0 && (c == UInt8(ascii: "{") || c == UInt8(ascii: "[")) {
        // One allocation each instead of growing 1, 2, 4, ... on every parse.
        stack.reserveCapacity(8)
        values.reserveCapacity(32)
        keys.reserveCapacity(16)
      }
      switch c {
      case UInt8(ascii: "{"):
        guard stack.count < maxDepth else { throw tooDeep() }
        i += 1
        skipWhitespace()
        if i < end && p[i] == UInt8(ascii: "}") {
          i += 1
          value = .object(JSONObject())
        } else {
          stack.append(Frame(isObject: true, valueStart: values.count, keyStart: keys.count))
          keys.append(try parseKey())
          continue outer
        }
      case UInt8(ascii: "["):
        guard stack.count < maxDepth else { throw tooDeep() }
        i += 1
        skipWhitespace()
        if i < end && p[i] == UInt8(ascii: "]") {
          i += 1
          value = .array([])
        } else {
          stack.append(Frame(isObject: false, valueStart: values.count, keyStart: keys.count))
          continue outer
        }
      case UInt8(ascii: "\""):
        value = .string(try parseString())
      case UInt8(ascii: "t"):
        try expectLiteral("true")
        value = .bool(true)
      case UInt8(ascii: "f"):
        try expectLiteral("false")
        value = .bool(false)
      case UInt8(ascii: "n"):
        try expectLiteral("null")
        value = .null
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        let start = i
        i = try JSONNumber.scan(p, from: i, end: end)
        value = .number(JSONNumber(uncheckedText: makeString(start, i)))
      default:
        throw fail(i, "expected a value, found \(describe(p[i]))")
      }

      // Hand the finished value to its container, closing containers that end here.
      while let frame = stack.last {
        skipWhitespace()
        guard i < end else { throw endOfInput() }
        let c = p[i]
        values.append(consume value)
        if frame.isObject {
          if c == UInt8(ascii: ",") {
            i += 1
            skipWhitespace()
            if i < end && p[i] == UInt8(ascii: "}") { throw fail(i, "trailing comma before '}'") }
            keys.append(try parseKey())
            continue outer
          } else if c == UInt8(ascii: "}") {
            i += 1
            stack.removeLast()
            value = .object(Parser.popObject(&values, &keys, frame))
          } else {
            throw fail(i, "expected ',' or '}' after object member, found \(describe(c))")
          }
        } else {
          if c == UInt8(ascii: ",") {
            i += 1
            skipWhitespace()
            if i < end && p[i] == UInt8(ascii: "]") { throw fail(i, "trailing comma before ']'") }
            continue outer
          } else if c == UInt8(ascii: "]") {
            i += 1
            stack.removeLast()
            value = .array(Parser.popArray(&values, frame))
          } else {
            throw fail(i, "expected ',' or ']' after array element, found \(describe(c))")
          }
        }
      }
      return value
    }
  }

  /// Moves the frame's pending elements into an exactly sized array.
  private static func popArray(_ values: inout [JSON], _ frame: Frame) -> [JSON] {
    let count = values.count - frame.valueStart
    var array: [JSON] = []
    array.reserveCapacity(count)
    values.withUnsafeMutableBufferPointer { pending in
      for k in frame.valueStart..<pending.count {
        var element = JSON.null
        swap(&element, &pending[k])  // move, no retain/release
        array.append(element)
      }
    }
    values.removeLast(count)
    return array
  }

  /// Moves the frame's pending members into an object (duplicates: last wins).
  private static func popObject(
    _ values: inout [JSON], _ keys: inout [String], _ frame: Frame
  ) -> JSONObject {
    let count = values.count - frame.valueStart
    var object = JSONObject()
    object.entries.reserveCapacity(count)
    values.withUnsafeMutableBufferPointer { pendingValues in
      keys.withUnsafeMutableBufferPointer { pendingKeys in
        for k in 0..<count {
          var value = JSON.null
          var key = ""
          swap(&value, &pendingValues[frame.valueStart + k])
          swap(&key, &pendingKeys[frame.keyStart + k])
          object.updateValue(value, forKey: key)
        }
      }
    }
    values.removeLast(count)
    keys.removeLast(count)
    return object
  }

  /// Parses `"key"` and the following `:`.
  private mutating func parseKey() throws(JSONParseError) -> String {
    guard i < end else { throw endOfInput() }
    guard p[i] == UInt8(ascii: "\"") else {
      throw fail(i, "expected '\"' to start an object key, found \(describe(p[i]))")
    }
    let key = try parseString()
    skipWhitespace()
    guard i < end else { throw endOfInput() }
    guard p[i] == UInt8(ascii: ":") else { throw fail(i, "expected ':' after object key") }
    i += 1
    return key
  }

  @inline(__always)
  private mutating func skipWhitespace() {
    while i < end {
      switch p[i] {
      case 0x20, 0x0A, 0x0D, 0x09: i += 1
      default: return
      }
    }
  }

  private mutating func expectLiteral(_ literal: StaticString) throws(JSONParseError) {
    let bytes = literal.utf8Start
    let count = literal.utf8CodeUnitCount
    for k in 0..<count {
      guard i + k < end else { throw endOfInput() }
      guard p[i + k] == bytes[k] else { throw fail(i, "invalid literal, expected '\(literal)'") }
    }
    i += count
  }

  // MARK: Strings

  /// Parses a string starting at its opening quote.
  private mutating func parseString() throws(JSONParseError) -> String {
    i += 1
    let start = i
    var runStart = i
    var escaped = false
    while true {
      // Skip 8 plain ASCII bytes at a time.
      while end - i >= 8 {
        let word = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
        if Parser.needsAttention(word) { break }
        i += 8
      }
      guard i < end else { throw endOfInput() }
      let c = p[i]
      if c == UInt8(ascii: "\"") {
        let string: String
        if escaped {
          scratch.append(contentsOf: UnsafeBufferPointer(start: p + runStart, count: i - runStart))
          string = String(decoding: scratch, as: UTF8.self)
        } else {
          string = makeString(start, i)
        }
        i += 1
        return string
      } else if c == UInt8(ascii: "\\") {
        if !escaped {
          escaped = true
          scratch.removeAll(keepingCapacity: true)
        }
        scratch.append(contentsOf: UnsafeBufferPointer(start: p + runStart, count: i - runStart))
        try parseEscape()
        runStart = i
      } else if c < 0x20 {
        throw fail(i, "control character U+\(hex(UInt32(c), digits: 4)) in string must be escaped")
      } else if c < 0x80 {
        i += 1
      } else {
        try skipMultibyteScalar()
      }
    }
  }

  /// True if the 8 bytes contain a quote, a backslash, a control character or a
  /// non-ASCII byte (false positives are harmless: the byte loop takes over).
  @inline(__always)
  static func needsAttention(_ w: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    let quote = w ^ (ones &* 0x22)
    let backslash = w ^ (ones &* 0x5C)
    let control = (w &- ones &* 0x20) & ~w
    let hasQuote = (quote &- ones) & ~quote
    let hasBackslash = (backslash &- ones) & ~backslash
    return (w | control | hasQuote | hasBackslash) & high != 0
  }

  /// Validates one multi-byte UTF-8 sequence at `i` (Unicode Table 3-7: no
  /// overlongs, no surrogates, nothing above U+10FFFF) and steps over it.
  @inline(__always)
  private mutating func skipMultibyteScalar() throws(JSONParseError) {
    let lead = p[i]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      high = 0x9F
    case 0xF0:
      length = 4
      low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      high = 0x8F
    default: throw fail(i, "invalid UTF-8 in string")
    }
    guard end - i >= length else { throw fail(i, "invalid UTF-8 in string") }
    let second = p[i + 1]
    guard second >= low && second <= high else { throw fail(i, "invalid UTF-8 in string") }
    var k = 2
    while k < length {
      guard p[i + k] & 0xC0 == 0x80 else { throw fail(i, "invalid UTF-8 in string") }
      k += 1
    }
    i += length
  }

  /// Decodes the escape at `i` (a backslash) into `scratch`.
  private mutating func parseEscape() throws(JSONParseError) {
    let escapeStart = i
    guard i + 1 < end else { throw endOfInput() }
    let c = p[i + 1]
    i += 2
    switch c {
    case UInt8(ascii: "\""): scratch.append(0x22)
    case UInt8(ascii: "\\"): scratch.append(0x5C)
    case UInt8(ascii: "/"): scratch.append(0x2F)
    case UInt8(ascii: "b"): scratch.append(0x08)
    case UInt8(ascii: "f"): scratch.append(0x0C)
    case UInt8(ascii: "n"): scratch.append(0x0A)
    case UInt8(ascii: "r"): scratch.append(0x0D)
    case UInt8(ascii: "t"): scratch.append(0x09)
    case UInt8(ascii: "u"):
      var scalar = try parseHex4(escapeStart: escapeStart)
      if scalar >= 0xDC00 && scalar <= 0xDFFF {
        throw fail(escapeStart, "lone surrogate \\u\(hex(scalar, digits: 4, uppercase: false))")
      }
      if scalar >= 0xD800 && scalar <= 0xDBFF {
        // Must be followed by an escaped low surrogate.
        guard end - i >= 2 && p[i] == UInt8(ascii: "\\") && p[i + 1] == UInt8(ascii: "u") else {
          throw fail(escapeStart, "lone surrogate \\u\(hex(scalar, digits: 4, uppercase: false))")
        }
        let lowStart = i
        i += 2
        let low = try parseHex4(escapeStart: lowStart)
        guard low >= 0xDC00 && low <= 0xDFFF else {
          throw fail(escapeStart, "lone surrogate \\u\(hex(scalar, digits: 4, uppercase: false))")
        }
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
      }
      appendUTF8(scalar)
    default:
      if c > 0x20 && c < 0x7F {
        throw fail(escapeStart, "invalid escape \\\(UnicodeScalar(c))")
      }
      throw fail(escapeStart, "invalid escape: byte 0x\(hex(UInt32(c), digits: 2)) after backslash")
    }
  }

  /// Reads the 4 hex digits after `\u` at `i`.
  private mutating func parseHex4(escapeStart: Int) throws(JSONParseError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard i < end else { throw endOfInput() }
      let c = p[i]
      let digit: UInt8
      switch c {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = c - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = c - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = c - UInt8(ascii: "A") + 10
      default: throw fail(escapeStart, "invalid \\u escape: expected 4 hex digits")
      }
      value = value << 4 | UInt32(digit)
      i += 1
    }
    return value
  }

  private mutating func appendUTF8(_ scalar: UInt32) {
    switch scalar {
    case 0..<0x80:
      scratch.append(UInt8(scalar))
    case 0x80..<0x800:
      scratch.append(UInt8(0xC0 | scalar >> 6))
      scratch.append(UInt8(0x80 | scalar & 0x3F))
    case 0x800..<0x10000:
      scratch.append(UInt8(0xE0 | scalar >> 12))
      scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      scratch.append(UInt8(0x80 | scalar & 0x3F))
    default:
      scratch.append(UInt8(0xF0 | scalar >> 18))
      scratch.append(UInt8(0x80 | scalar >> 12 & 0x3F))
      scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      scratch.append(UInt8(0x80 | scalar & 0x3F))
    }
  }

  // MARK: Helpers

  /// String from already validated bytes `start..<stop`.
  @inline(__always)
  private func makeString(_ start: Int, _ stop: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: p + start, count: stop - start), as: UTF8.self)
  }

  private func fail(_ offset: Int, _ reason: String) -> JSONParseError {
    JSONParseError(offset: offset, reason: reason)
  }

  private func endOfInput() -> JSONParseError {
    JSONParseError(offset: end, reason: "unexpected end of input")
  }

  private func tooDeep() -> JSONParseError {
    JSONParseError(offset: i, reason: "nesting deeper than \(maxDepth) levels")
  }

  private func describe(_ c: UInt8) -> String {
    c > 0x20 && c < 0x7F ? "'\(UnicodeScalar(c))'" : "byte 0x\(hex(UInt32(c), digits: 2))"
  }
}

/// Zero-padded hexadecimal, for error messages.
func hex(_ value: UInt32, digits: Int, uppercase: Bool = true) -> String {
  let text = String(value, radix: 16, uppercase: uppercase)
  return String(repeating: "0", count: max(0, digits - text.count)) + text
}
