/// A normalized VIN in 16 bytes instead of a 17-byte heap string: 6 bits a
/// character, the first ten in `high`, the last seven in `low`. Digits map
/// below letters, as in ASCII, so comparing packed values orders VINs
/// exactly as `String` orders them.
///
/// Only 17 characters of 0-9 and A-Z pack (what `InputChecks.normalizedVIN`
/// produces). Any other string gets an `odd` key: `high` all ones (no packed
/// VIN has it) and `low` an index into the store's list of odd VINs.
struct PackedVIN: Hashable, Comparable {
  static let length = 17

  var high: UInt64
  var low: UInt64

  init(high: UInt64, low: UInt64) {
    self.high = high
    self.low = low
  }

  init?(_ vin: String) {
    var high: UInt64 = 0
    var low: UInt64 = 0
    var count = 0
    for byte in vin.utf8 {
      let code: UInt64
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): code = UInt64(byte &- UInt8(ascii: "0"))
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): code = UInt64(byte &- UInt8(ascii: "A")) &+ 10
      default: return nil
      }
      guard count < Self.length else { return nil }
      if count < 10 { high = high << 6 | code } else { low = low << 6 | code }
      count += 1
    }
    guard count == Self.length else { return nil }
    self.init(high: high, low: low)
  }

  static func odd(_ index: Int) -> PackedVIN { PackedVIN(high: .max, low: UInt64(index)) }

  /// False for a key that stands for an odd VIN kept as a string.
  var isPacked: Bool { high != .max }

  /// The VIN as a string. Only for packed keys.
  var string: String {
    String(unsafeUninitializedCapacity: Self.length) { buffer in
      for position in 0..<Self.length {
        let code =
          position < 10 ? (high >> UInt64(6 * (9 - position))) & 63 : (low >> UInt64(6 * (16 - position))) & 63
        buffer[position] = code < 10 ? UInt8(ascii: "0") + UInt8(code) : UInt8(ascii: "A") + UInt8(code - 10)
      }
      return Self.length
    }
  }

  static func < (lhs: PackedVIN, rhs: PackedVIN) -> Bool {
    lhs.high < rhs.high || (lhs.high == rhs.high && lhs.low < rhs.low)
  }

  /// A well-mixed hash for the open-addressing table (`VINTable`).
  var hashBits: UInt64 {
    var mixed = high &* 0x9E37_79B9_7F4A_7C15 ^ low
    mixed ^= mixed >> 29
    mixed = mixed &* 0xBF58_476D_1CE4_E5B9
    return mixed ^ (mixed >> 32)
  }
}
