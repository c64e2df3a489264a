/// The checks the host makes before any adapter sees an input.
public enum InputChecks {
  public static let maxTags = 64
  public static let maxTagBytes = 256
  public static let maxBrandLength = 32

  /// Trims white space and upper-cases ASCII letters; nil unless the result
  /// is 17 characters of A-Z and 0-9.
  public static func normalizedVIN(_ raw: String) -> String? {
    // Most VINs arrive normalized: keep the String instead of building one.
    if raw.utf8.count == 17 && raw.utf8.allSatisfy(isVINCharacter) { return raw }
    var bytes = [UInt8]()
    bytes.reserveCapacity(17)
    var utf8 = Substring(raw).utf8[...]
    while let first = utf8.first, isWhitespace(first) { utf8 = utf8.dropFirst() }
    while let last = utf8.last, isWhitespace(last) { utf8 = utf8.dropLast() }
    guard utf8.count == 17 else { return nil }
    for byte in utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        bytes.append(byte)
      case UInt8(ascii: "a")...UInt8(ascii: "z"):
        bytes.append(byte - 32)
      default:
        return nil
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// A brand identifier is 1 to 32 characters of a-z, 0-9 and "-".
  public static func isWellFormedBrand(_ brand: String) -> Bool {
    let utf8 = brand.utf8
    guard (1...maxBrandLength).contains(utf8.count) else { return false }
    return utf8.allSatisfy { byte in
      (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
    }
  }

  /// Describes what is wrong with a tag set, or nil when it is acceptable.
  public static func problem(with tags: [Tag]) -> String? {
    if tags.count > maxTags { return "at most \(maxTags) tags are allowed, got \(tags.count)" }
    for tag in tags {
      if tag.key.utf8.count > maxTagBytes {
        return "tag key \"\(tag.key.prefix(32))...\" is longer than \(maxTagBytes) bytes"
      }
      if tag.value.utf8.count > maxTagBytes {
        return "the value of tag \"\(tag.key)\" is longer than \(maxTagBytes) bytes"
      }
      // The adapter header promises tag keys without NUL: C code compares
      // them with strcmp, which would stop at the NUL.
      if tag.key.utf8.contains(0) {
        return "a tag key contains a NUL character (\\u0000), which tag keys may not hold; tag values may"
      }
    }
    return nil
  }

  private static func isVINCharacter(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
  }

  private static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
  }
}
