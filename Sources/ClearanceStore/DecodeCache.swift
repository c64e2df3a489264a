import ClearanceCore
import Glibc

/// Tag sets and reasons decoded lately, matched by their encoded bytes. A
/// fleet repeats a handful of them across a million records; handing out
/// one decoded value again saves its allocations (and its later free) per
/// record. Used by one reading thread at a time.
final class DecodeCache {
  private static let size = 8
  private var tagSets: [[Tag]] = []
  private var reasons: [String] = []
  private var nextTagSet = 0
  private var nextReason = 0

  /// A remembered tag set encoded exactly as `field` (count, then pairs).
  func tagSet(matching field: UnsafeRawBufferPointer) -> [Tag]? {
    tagSets.first { Self.tags($0, areEncodedAs: field) }
  }

  func remember(_ tags: [Tag]) {
    remember(tags, in: &tagSets, next: &nextTagSet)
  }

  /// A remembered reason whose UTF-8 is `bytes`.
  func reason(matching bytes: UnsafeRawBufferPointer) -> String? {
    reasons.first { Self.string($0, is: bytes) }
  }

  func remember(reason: String) {
    remember(reason, in: &reasons, next: &nextReason)
  }

  private func remember<Value>(_ value: Value, in values: inout [Value], next: inout Int) {
    if values.count < Self.size {
      values.append(value)
    } else {
      values[next] = value
      next = (next + 1) % Self.size
    }
  }

  static func string(_ string: String, is bytes: UnsafeRawBufferPointer) -> Bool {
    var string = string
    return string.withUTF8 { utf8 in
      utf8.count == bytes.count && (utf8.isEmpty || memcmp(utf8.baseAddress!, bytes.baseAddress!, utf8.count) == 0)
    }
  }

  /// Whether `field`, a well-formed tags field, encodes exactly `tags`.
  static func tags(_ tags: [Tag], areEncodedAs field: UnsafeRawBufferPointer) -> Bool {
    var reader = PayloadReader(field)
    guard let count = try? reader.varint(), count == tags.count else { return false }
    for tag in tags {
      guard let key = try? reader.rawString(), string(tag.key, is: key),
        let value = try? reader.rawString(), string(tag.value, is: value)
      else { return false }
    }
    return true
  }
}
