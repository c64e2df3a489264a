extension Timestamp {
  /// Formats as `2026-01-12T09:36:51Z`, the protocol's only output form.
  public var rfc3339: String {
    var bytes = [UInt8]()
    bytes.reserveCapacity(20)
    appendRFC3339(to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the RFC 3339 form without building a String (the hot path of
  /// encoding lists): 20 bytes written in place, constant divisors only.
  public func appendRFC3339(to bytes: inout [UInt8]) {
    let days =
      secondsSinceEpoch >= 0
      ? secondsSinceEpoch / 86_400 : (secondsSinceEpoch - 86_399) / 86_400
    let secondOfDay = Int(secondsSinceEpoch - days * 86_400)
    let (year, month, day) = Self.civil(fromDays: days)
    let start = bytes.count
    bytes.append(contentsOf: Self.template)
    bytes.withUnsafeMutableBufferPointer { buffer in
      let out = UnsafeMutableBufferPointer(rebasing: buffer[start...])
      let year = Int(year)
      out[0] = 48 &+ UInt8(truncatingIfNeeded: year / 1000 % 10)
      out[1] = 48 &+ UInt8(truncatingIfNeeded: year / 100 % 10)
      Self.writeTwoDigits(year % 100, to: out, at: 2)
      Self.writeTwoDigits(Int(month), to: out, at: 5)
      Self.writeTwoDigits(Int(day), to: out, at: 8)
      Self.writeTwoDigits(secondOfDay / 3600, to: out, at: 11)
      Self.writeTwoDigits(secondOfDay / 60 % 60, to: out, at: 14)
      Self.writeTwoDigits(secondOfDay % 60, to: out, at: 17)
    }
  }

  private static let template: [UInt8] = Array("0000-00-00T00:00:00Z".utf8)

  @inline(__always)
  private static func writeTwoDigits(_ value: Int, to out: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
    out[offset] = 48 &+ UInt8(truncatingIfNeeded: value / 10)
    out[offset + 1] = 48 &+ UInt8(truncatingIfNeeded: value % 10)
  }

  /// Parses an RFC 3339 date-time (`T` or `t`, fractions and offsets
  /// allowed). The result is converted to UTC and truncated to whole
  /// seconds, as protocol.md asks. Years 0000...9999 only, in UTC too.
  public init?(rfc3339 text: String) {
    var utf8 = Array(text.utf8)[...]
    func number(_ count: Int) -> Int64? {
      guard utf8.count >= count else { return nil }
      var value: Int64 = 0
      for byte in utf8.prefix(count) {
        guard byte >= 48, byte <= 57 else { return nil }
        value = value * 10 + Int64(byte - 48)
      }
      utf8 = utf8.dropFirst(count)
      return value
    }
    func expect(_ characters: String) -> Bool {
      guard let first = utf8.first, characters.utf8.contains(first) else { return false }
      utf8 = utf8.dropFirst()
      return true
    }
    guard let year = number(4), expect("-"), let month = number(2), expect("-"),
      let day = number(2), expect("Tt"), let hour = number(2), expect(":"),
      let minute = number(2), expect(":"), let second = number(2)
    else { return nil }
    guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year),
      hour < 24, minute < 60, second <= 60
    else { return nil }
    if utf8.first == UInt8(ascii: ".") {
      utf8 = utf8.dropFirst()
      let digits = utf8.prefix { $0 >= 48 && $0 <= 57 }
      guard !digits.isEmpty else { return nil }
      utf8 = utf8.dropFirst(digits.count)
    }
    var offset: Int64 = 0
    if expect("Zz") {
    } else if let sign = utf8.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
      utf8 = utf8.dropFirst()
      guard let offsetHour = number(2), expect(":"), let offsetMinute = number(2),
        offsetHour < 24, offsetMinute < 60
      else { return nil }
      offset = (offsetHour * 3600 + offsetMinute * 60) * (sign == UInt8(ascii: "-") ? -1 : 1)
    } else {
      return nil
    }
    guard utf8.isEmpty else { return nil }
    // A leap second (:60) is read as the first second of the next minute.
    let days = Self.days(fromCivil: year, month, day)
    let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset
    // An offset or leap second can carry the UTC time out of the years
    // `rfc3339` can write.
    guard Self.writableSeconds.contains(seconds) else { return nil }
    self.init(secondsSinceEpoch: seconds)
  }

  /// 0000-01-01T00:00:00Z through 9999-12-31T23:59:59Z.
  static let writableSeconds: ClosedRange<Int64> = -62_167_219_200...253_402_300_799

  private static func isLeap(_ year: Int64) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  private static func daysIn(month: Int64, year: Int64) -> Int64 {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  // Howard Hinnant's days-from-civil and civil-from-days algorithms.
  static func days(fromCivil year: Int64, _ month: Int64, _ day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}
