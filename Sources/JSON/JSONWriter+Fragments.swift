extension JSONWriter {
  /// Appends literal JSON text such as `{"vin":` or `,"status":`; the caller
  /// vouches that it is valid where it goes.
  @inline(__always)
  public static func raw(_ text: StaticString, into buffer: inout [UInt8]) {
    text.withUTF8Buffer { buffer.append(contentsOf: $0) }
  }

  /// Appends an integer in decimal without building a String.
  public static func appendInteger(_ value: Int64, into buffer: inout [UInt8]) {
    if value < 0 { buffer.append(UInt8(ascii: "-")) }
    // The magnitude as UInt64 also covers Int64.min.
    let magnitude = value.magnitude
    var divisor: UInt64 = 1
    while divisor <= magnitude / 10 { divisor *= 10 }
    while divisor > 0 {
      buffer.append(UInt8(ascii: "0") + UInt8(magnitude / divisor % 10))
      divisor /= 10
    }
  }
}
