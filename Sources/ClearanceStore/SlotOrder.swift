/// Orders slots by their VIN as `String` orders VINs, then by slot number
/// (so the same slot twice lands side by side). Packed VINs compare as
/// numbers; an odd VIN compares as a string.
struct SlotOrder {
  let vins: [PackedVIN]
  let oddVINs: [String]

  func vin(_ slot: UInt32) -> PackedVIN { vins[Int(slot)] }

  func string(_ key: PackedVIN) -> String { key.isPacked ? key.string : oddVINs[Int(key.low)] }

  func less(_ left: PackedVIN, _ right: PackedVIN) -> Bool {
    if left.isPacked && right.isPacked { return left < right }
    return string(left) < string(right)
  }

  func less(_ left: UInt32, _ right: UInt32) -> Bool {
    let leftVIN = vins[Int(left)]
    let rightVIN = vins[Int(right)]
    if leftVIN == rightVIN { return left < right }
    return less(leftVIN, rightVIN)
  }

  /// Whether the slot's VIN sorts at or before a listing cursor.
  func isAtOrBefore(_ slot: UInt32, _ cursor: VINBound) -> Bool {
    let key = vins[Int(slot)]
    if let packed = cursor.packed, key.isPacked { return !(packed < key) }
    return !(cursor.string < string(key))
  }
}

/// A listing cursor (the last VIN of the previous page), packed when it can be.
struct VINBound {
  let string: String
  let packed: PackedVIN?

  init(_ string: String) {
    self.string = string
    self.packed = PackedVIN(string)
  }
}
