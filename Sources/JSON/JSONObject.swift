/// An ordered JSON object with unique keys.
///
/// Keys are compared byte for byte (UTF-8), not by Swift's canonical string
/// equivalence, so "é" and "e\u{301}" stay two different members.
/// Equality ignores member order, as JSON objects are unordered.
public struct JSONObject: Sendable, Hashable, Sequence {
  struct Entry: Sendable {
    var key: String
    var value: JSON
  }

  /// Members in insertion order.
  var entries: [Entry] = []
  /// Key to position, built only once an object is large enough for linear
  /// search to hurt; small objects (the JSON-RPC common case) skip the allocation.
  var index: [ExactKey: Int]? = nil

  static var indexThreshold: Int { 16 }

  public init() {}

  /// Builds an object from pairs; a later duplicate key replaces the earlier value.
  public init(_ pairs: [(String, JSON)]) {
    entries.reserveCapacity(pairs.count)
    for (key, value) in pairs { updateValue(value, forKey: key) }
  }

  public var count: Int { entries.count }
  public var isEmpty: Bool { entries.isEmpty }
  public var keys: [String] { entries.map(\.key) }

  /// The member's value; assigning `nil` removes the member.
  public subscript(key: String) -> JSON? {
    get {
      guard let position = position(of: key) else { return nil }
      return entries[position].value
    }
    set {
      if let newValue {
        updateValue(newValue, forKey: key)
      } else {
        removeValue(forKey: key)
      }
    }
  }

  func position(of key: String) -> Int? {
    if let index { return index[ExactKey(key)] }
    for position in entries.indices where exactlyEqual(entries[position].key, key) {
      return position
    }
    return nil
  }

  mutating func updateValue(_ value: JSON, forKey key: String) {
    if let position = position(of: key) {
      entries[position].value = value
      return
    }
    entries.append(Entry(key: key, value: value))
    if index != nil {
      index![ExactKey(key)] = entries.count - 1
    } else if entries.count > Self.indexThreshold {
      rebuildIndex()
    }
  }

  mutating func removeValue(forKey key: String) {
    guard let position = position(of: key) else { return }
    entries.remove(at: position)
    if index != nil { rebuildIndex() }
  }

  private mutating func rebuildIndex() {
    guard entries.count > Self.indexThreshold else {
      index = nil
      return
    }
    var newIndex = [ExactKey: Int](minimumCapacity: entries.count)
    for (position, entry) in entries.enumerated() { newIndex[ExactKey(entry.key)] = position }
    index = newIndex
  }

  public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
    guard lhs.entries.count == rhs.entries.count else { return false }
    for (position, entry) in lhs.entries.enumerated() {
      // Same order is the common case; fall back to lookup otherwise.
      let other = rhs.entries[position]
      if exactlyEqual(other.key, entry.key) {
        guard other.value == entry.value else { return false }
      } else {
        guard let value = rhs[entry.key], value == entry.value else { return false }
      }
    }
    return true
  }

  public func hash(into hasher: inout Hasher) {
    // Order-independent, to agree with ==.
    var combined = 0
    for entry in entries {
      var member = Hasher()
      member.combine(entry.key)
      member.combine(entry.value)
      combined ^= member.finalize()
    }
    hasher.combine(entries.count)
    hasher.combine(combined)
  }

  public struct Iterator: IteratorProtocol {
    var base: IndexingIterator<[Entry]>

    public mutating func next() -> (key: String, value: JSON)? {
      guard let entry = base.next() else { return nil }
      return (entry.key, entry.value)
    }
  }

  public func makeIterator() -> Iterator {
    Iterator(base: entries.makeIterator())
  }
}

/// A dictionary key with byte-exact equality and hashing. (String's own hash
/// collides canonically equivalent spellings, which hostile input could use to
/// pile thousands of distinct keys into one bucket.)
struct ExactKey: Hashable, Sendable {
  let string: String

  init(_ string: String) {
    self.string = string
  }

  static func == (lhs: ExactKey, rhs: ExactKey) -> Bool {
    exactlyEqual(lhs.string, rhs.string)
  }

  func hash(into hasher: inout Hasher) {
    var copy = string
    copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}
