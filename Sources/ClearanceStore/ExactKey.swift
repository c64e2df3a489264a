import ClearanceCore
import JSON

/// Byte-for-byte equality for interned values. `String ==` treats
/// canonically equivalent spellings ("é" as one scalar or two) as equal;
/// interning on it would hand a clearance back another client's spelling.
protocol ExactKey: Hashable {
  associatedtype Value
  init(_ value: Value)
  var value: Value { get }
  static func same(_ left: Value, _ right: Value) -> Bool
}

struct ExactString: ExactKey {
  let value: String

  init(_ value: String) { self.value = value }

  static func same(_ left: String, _ right: String) -> Bool { exactlyEqual(left, right) }

  static func == (left: ExactString, right: ExactString) -> Bool { same(left.value, right.value) }

  func hash(into hasher: inout Hasher) { Self.hash(value, into: &hasher) }

  static func hash(_ string: String, into hasher: inout Hasher) {
    let bytes = string.utf8
    hasher.combine(bytes.count)
    let done: Void? = bytes.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    if done == nil { for byte in bytes { hasher.combine(byte) } }
  }
}

struct ExactTags: ExactKey {
  let value: [Tag]

  init(_ value: [Tag]) { self.value = value }

  static func same(_ left: [Tag], _ right: [Tag]) -> Bool {
    guard left.count == right.count else { return false }
    for index in left.indices {
      guard ExactString.same(left[index].key, right[index].key), ExactString.same(left[index].value, right[index].value)
      else { return false }
    }
    return true
  }

  static func == (left: ExactTags, right: ExactTags) -> Bool { same(left.value, right.value) }

  func hash(into hasher: inout Hasher) {
    hasher.combine(value.count)
    for tag in value {
      ExactString.hash(tag.key, into: &hasher)
      ExactString.hash(tag.value, into: &hasher)
    }
  }
}
