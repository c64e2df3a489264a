/// Numbers as the table prints them.
enum Format {
  /// 1234567 → "1,234,567".
  static func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var text = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0 && (digits.count - offset) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return value < 0 ? "-" + text : text
  }

  /// Rounded to `places` decimals ("12.3"); large values grouped without decimals.
  static func number(_ value: Double, places: Int = 1) -> String {
    guard value.isFinite else { return "—" }
    if value.magnitude >= 10_000 { return grouped(Int(value.rounded())) }
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = Int((value * scale).rounded())
    let whole = scaled / Int(scale)
    let fraction = abs(scaled % Int(scale))
    guard places > 0 else { return grouped(whole) }
    let fractionText = String(fraction)
    let padded = String(repeating: "0", count: places - fractionText.count) + fractionText
    let sign = scaled < 0 && whole == 0 ? "-" : ""
    return "\(sign)\(grouped(whole)).\(padded)"
  }
}
