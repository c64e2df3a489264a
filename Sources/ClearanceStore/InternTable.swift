/// Keeps one copy of each distinct value and hands out a 4-byte id for it.
/// A fleet shares few brands, reasons and tag sets, so a clearance holds
/// ids instead of its own strings and arrays. Values are never removed:
/// the change history keeps referring to old ones. Values are told apart
/// byte for byte (`ExactKey`).
struct InternTable<Key: ExactKey> {
  private(set) var values: [Key.Value] = []
  private var ids: [Key: UInt32] = [:]
  /// The id handed out last: a fleet's adds mostly repeat one value, and
  /// comparing with it is cheaper than hashing.
  private var lastID: UInt32?

  var count: Int { values.count }

  subscript(id: UInt32) -> Key.Value { values[Int(id)] }

  mutating func id(for value: Key.Value) -> UInt32 {
    if let lastID, Key.same(values[Int(lastID)], value) { return lastID }
    let id: UInt32
    let key = Key(value)
    if let known = ids[key] {
      id = known
    } else {
      id = UInt32(values.count)
      values.append(value)
      ids[key] = id
    }
    lastID = id
    return id
  }

  /// The id of a value already interned, without adding it.
  func existingID(for value: Key.Value) -> UInt32? { ids[Key(value)] }
}
