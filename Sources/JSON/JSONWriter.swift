/// Compact JSON encoder appending UTF-8 bytes.
public enum JSONWriter {
  /// Compact encoding (no spaces, no newlines: a raw newline never appears in
  /// output), keys in stored order.
  public static func write(_ value: JSON, into buffer: inout [UInt8]) {
    switch value {
    case .null:
      buffer.append(contentsOf: "null".utf8)
    case .bool(let flag):
      buffer.append(contentsOf: flag ? "true".utf8 : "false".utf8)
    case .number(let number):
      appendNumber(number, into: &buffer)
    case .string(let string):
      appendString(string, into: &buffer)
    case .array(let elements):
      buffer.append(UInt8(ascii: "["))
      var first = true
      for element in elements {
        if !first { buffer.append(UInt8(ascii: ",")) }
        first = false
        write(element, into: &buffer)
      }
      buffer.append(UInt8(ascii: "]"))
    case .object(let object):
      buffer.append(UInt8(ascii: "{"))
      var first = true
      for entry in object.entries {
        if !first { buffer.append(UInt8(ascii: ",")) }
        first = false
        appendString(entry.key, into: &buffer)
        buffer.append(UInt8(ascii: ":"))
        write(entry.value, into: &buffer)
      }
      buffer.append(UInt8(ascii: "}"))
    }
  }

  public static func string(_ value: JSON) -> String {
    var buffer: [UInt8] = []
    buffer.reserveCapacity(128)
    write(value, into: &buffer)
    return String(decoding: buffer, as: UTF8.self)
  }

  /// Appends a quoted, escaped JSON string: escapes \" \\ and every control
  /// character < 0x20 (\b \f \n \r \t as short escapes, others as \u00XX); also
  /// escapes U+2028 and U+2029 as \u2028/\u2029 (JS safety); everything else as
  /// raw UTF-8.
  public static func appendString(_ s: String, into buffer: inout [UInt8]) {
    buffer.append(UInt8(ascii: "\""))
    var s = s
    s.withUTF8 { appendEscaped($0, into: &buffer) }
    buffer.append(UInt8(ascii: "\""))
  }

  public static func appendNumber(_ n: JSONNumber, into buffer: inout [UInt8]) {
    buffer.append(contentsOf: n.text.utf8)
  }

  /// Copies runs of plain bytes in bulk, escaping only where needed.
  private static func appendEscaped(_ u: UnsafeBufferPointer<UInt8>, into buffer: inout [UInt8]) {
    let count = u.count
    var runStart = 0
    var k = 0
    while k < count {
      let c = u[k]
      if c >= 0x20 && c != 0x22 && c != 0x5C && c != 0xE2 {
        k += 1
        continue
      }
      if c == 0xE2 {
        // U+2028 / U+2029 are E2 80 A8 / E2 80 A9.
        if k + 2 < count && u[k + 1] == 0x80 && (u[k + 2] == 0xA8 || u[k + 2] == 0xA9) {
          buffer.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<k]))
          buffer.append(contentsOf: u[k + 2] == 0xA8 ? #"\u2028"#.utf8 : #"\u2029"#.utf8)
          k += 3
          runStart = k
        } else {
          k += 1
        }
        continue
      }
      buffer.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<k]))
      buffer.append(UInt8(ascii: "\\"))
      switch c {
      case 0x22: buffer.append(UInt8(ascii: "\""))
      case 0x5C: buffer.append(UInt8(ascii: "\\"))
      case 0x08: buffer.append(UInt8(ascii: "b"))
      case 0x0C: buffer.append(UInt8(ascii: "f"))
      case 0x0A: buffer.append(UInt8(ascii: "n"))
      case 0x0D: buffer.append(UInt8(ascii: "r"))
      case 0x09: buffer.append(UInt8(ascii: "t"))
      default:
        // c < 0x20, so "\u00" plus two lowercase hex digits.
        buffer.append(UInt8(ascii: "u"))
        buffer.append(UInt8(ascii: "0"))
        buffer.append(UInt8(ascii: "0"))
        buffer.append(UInt8(ascii: "0") + (c >> 4))
        let low = c & 0xF
        buffer.append(low < 10 ? UInt8(ascii: "0") + low : UInt8(ascii: "a") + low - 10)
      }
      k += 1
      runStart = k
    }
    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<count]))
  }
}
