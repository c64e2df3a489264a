/// A JSON number kept as its exact source text, so ids such as
/// `12345678901234567890` or `1.0` are echoed byte for byte.
///
/// Equality and hashing compare the text: `1.0` and `1` are different numbers here.
public struct JSONNumber: Sendable, Hashable {
  /// The number in RFC 8259 grammar.
  public let text: String

  /// Caller guarantees `text` matches the RFC 8259 number grammar.
  init(uncheckedText text: String) {
    self.text = text
  }

  public init(_ value: Int) {
    text = String(value)
  }

  public init(_ value: Int64) {
    text = String(value)
  }

  public init(_ value: UInt64) {
    text = String(value)
  }

  /// Shortest text that parses back to the same `Double`. `value` must be finite.
  public init(_ value: Double) {
    precondition(value.isFinite, "JSON cannot represent the non-finite number \(value)")
    // Swift's description is shortest round-trip and only uses JSON-valid forms
    // ("1.5", "-0.0", "1e-05", "1e+300"), never "inf"/"nan" for finite values.
    text = value.description
  }

  /// `nil` unless `text` is exactly one RFC 8259 number.
  public init?(text: String) {
    var copy = text
    let valid = copy.withUTF8 { buffer -> Bool in
      guard let base = buffer.baseAddress, !buffer.isEmpty else { return false }
      do {
        return try JSONNumber.scan(base, from: 0, end: buffer.count) == buffer.count
      } catch {
        return false
      }
    }
    guard valid else { return nil }
    self.text = text
  }

  /// The value if it is an integer that fits in `Int64`: "5", "5.0" and "5e2"
  /// convert; "5.5" and out-of-range values give `nil`.
  public var int64: Int64? {
    var copy = text
    return copy.withUTF8 { JSONNumber.exactInt64($0) }
  }

  /// The nearest `Double`, or `nil` when the magnitude is too large to be finite.
  public var double: Double? {
    guard let value = Double(text), value.isFinite else { return nil }
    return value
  }
}

extension JSONNumber {
  /// Scans one RFC 8259 number starting at `start` and returns the index after it.
  static func scan(
    _ p: UnsafePointer<UInt8>, from start: Int, end: Int
  ) throws(JSONParseError) -> Int {
    var i = start
    if i < end && p[i] == UInt8(ascii: "-") { i += 1 }
    guard i < end else { throw JSONParseError(offset: i, reason: "unexpected end of input") }
    let first = p[i]
    if first == UInt8(ascii: "0") {
      i += 1
      if i < end && isDigit(p[i]) {
        throw JSONParseError(offset: i, reason: "leading zeros are not allowed")
      }
    } else if isDigit(first) {
      i += 1
      while i < end && isDigit(p[i]) { i += 1 }
    } else {
      throw JSONParseError(offset: i, reason: "expected digit after '-'")
    }
    if i < end && p[i] == UInt8(ascii: ".") {
      i += 1
      guard i < end && isDigit(p[i]) else {
        throw JSONParseError(offset: i, reason: "expected digit after '.'")
      }
      while i < end && isDigit(p[i]) { i += 1 }
    }
    if i < end && (p[i] | 0x20) == UInt8(ascii: "e") {
      i += 1
      if i < end && (p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-")) { i += 1 }
      guard i < end && isDigit(p[i]) else {
        throw JSONParseError(offset: i, reason: "expected digit in exponent")
      }
      while i < end && isDigit(p[i]) { i += 1 }
    }
    return i
  }

  @inline(__always)
  static func isDigit(_ c: UInt8) -> Bool {
    c &- UInt8(ascii: "0") < 10
  }

  /// Exact integer value of grammar-valid number text, or `nil`.
  static func exactInt64(_ u: UnsafeBufferPointer<UInt8>) -> Int64? {
    let n = u.count
    var i = 0
    let negative = n > 0 && u[0] == UInt8(ascii: "-")
    if negative { i = 1 }
    let intStart = i
    while i < n && isDigit(u[i]) { i += 1 }
    let intEnd = i
    // Common case: a plain integer of at most 18 digits cannot overflow.
    if intEnd == n && intEnd - intStart <= 18 {
      var value: Int64 = 0
      for k in intStart..<intEnd { value = value &* 10 &+ Int64(u[k] &- 48) }
      return negative ? -value : value
    }
    var fracStart = i
    var fracEnd = i
    if i < n && u[i] == UInt8(ascii: ".") {
      i += 1
      fracStart = i
      while i < n && isDigit(u[i]) { i += 1 }
      fracEnd = i
    }
    var exponent = 0
    if i < n && (u[i] | 0x20) == UInt8(ascii: "e") {
      i += 1
      var exponentNegative = false
      if i < n && u[i] == UInt8(ascii: "+") {
        i += 1
      } else if i < n && u[i] == UInt8(ascii: "-") {
        exponentNegative = true
        i += 1
      }
      // Clamped: anything this large is out of range (or zero) anyway.
      while i < n {
        exponent = min(exponent * 10 + Int(u[i] &- 48), 1_000_000_000)
        i += 1
      }
      if exponentNegative { exponent = -exponent }
    }
    let intLength = intEnd - intStart
    let fracLength = fracEnd - fracStart
    let total = intLength + fracLength
    // Digit k of the integer and fraction parts taken as one digit string.
    func digit(_ k: Int) -> UInt8 {
      k < intLength ? u[intStart + k] &- 48 : u[fracStart + k - intLength] &- 48
    }
    var first = 0
    while first < total && digit(first) == 0 { first += 1 }
    if first == total { return 0 }
    var last = total - 1
    while digit(last) == 0 { last -= 1 }
    // value = digits[first...last] * 10^scale
    let scale = exponent - fracLength + (total - 1 - last)
    if scale < 0 { return nil }
    if last - first + 1 + scale > 19 { return nil }
    var magnitude: UInt64 = 0
    for k in first...last { magnitude = magnitude * 10 + UInt64(digit(k)) }
    for _ in 0..<scale {
      let (product, overflow) = magnitude.multipliedReportingOverflow(by: 10)
      if overflow { return nil }
      magnitude = product
    }
    if negative {
      if magnitude <= UInt64(Int64.max) { return -Int64(magnitude) }
      return magnitude == UInt64(Int64.max) + 1 ? Int64.min : nil
    }
    return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
  }
}
