import ClearanceCore
import Testing

@Suite struct TimestampFormattingTests {
  static let known: [(Int64, String)] = [
    (0, "1970-01-01T00:00:00Z"),
    (1_768_210_611, "2026-01-12T09:36:51Z"),
    (-1, "1969-12-31T23:59:59Z"),
    (-310_478_400, "1960-02-29T12:00:00Z"),
    (-2_203_891_200, "1900-03-01T00:00:00Z"),
    (-11_670_998_400, "1600-02-29T00:00:00Z"),
    (951_782_400, "2000-02-29T00:00:00Z"),
    (1_709_251_199, "2024-02-29T23:59:59Z"),
    (-62_167_219_200, "0000-01-01T00:00:00Z"),
    (253_402_300_799, "9999-12-31T23:59:59Z"),
  ]

  @Test(arguments: known)
  func formats(seconds: Int64, text: String) {
    #expect(Timestamp(secondsSinceEpoch: seconds).rfc3339 == text)
  }

  @Test(arguments: known)
  func parsesItsOwnOutput(seconds: Int64, text: String) {
    #expect(Timestamp(rfc3339: text) == Timestamp(secondsSinceEpoch: seconds))
  }

  @Test func appendsToExistingBytes() {
    var bytes = Array("at ".utf8)
    Timestamp(secondsSinceEpoch: 86_399).appendRFC3339(to: &bytes)
    #expect(String(decoding: bytes, as: UTF8.self) == "at 1970-01-01T23:59:59Z")
  }

  @Test func everyDayOfALeapYearRoundTrips() {
    // 1 Jan 2024 through 31 Dec 2024, at noon.
    let start: Int64 = 1_704_110_400
    for day in Int64(0)..<366 {
      let time = Timestamp(secondsSinceEpoch: start + day * 86_400)
      #expect(Timestamp(rfc3339: time.rfc3339) == time, "\(time.rfc3339)")
    }
    #expect(Timestamp(secondsSinceEpoch: start + 365 * 86_400).rfc3339 == "2024-12-31T12:00:00Z")
  }

  @Test func everyClockDigitIsWritten() {
    // 1987-06-15T00:00:00Z, then every 7th second of the day: every digit
    // of hours, minutes and seconds appears, checked against a plain formatter.
    let midnight: Int64 = 550_713_600
    func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
    for second in stride(from: Int64(0), to: 86_400, by: 7) {
      let expected = "1987-06-15T\(two(second / 3600)):\(two(second / 60 % 60)):\(two(second % 60))Z"
      #expect(Timestamp(secondsSinceEpoch: midnight + second).rfc3339 == expected)
    }
  }
}

@Suite struct TimestampParsingTests {
  let base = Timestamp(secondsSinceEpoch: 1_768_210_611)  // 2026-01-12T09:36:51Z

  @Test(arguments: [
    "2026-01-12T09:36:51Z", "2026-01-12t09:36:51z", "2026-01-12T09:36:51.999999Z",
    "2026-01-12T09:36:51.0z", "2026-01-12T11:36:51+02:00", "2026-01-12T04:06:51-05:30",
    "2026-01-12T09:36:51-00:00", "2026-01-12T11:36:51.5+02:00",
  ])
  func acceptsEquivalentForms(text: String) {
    #expect(Timestamp(rfc3339: text) == base)
  }

  @Test func anOffsetCanMoveTheDate() {
    #expect(Timestamp(rfc3339: "2026-01-01T01:00:00+02:00")?.rfc3339 == "2025-12-31T23:00:00Z")
    #expect(Timestamp(rfc3339: "2025-12-31T23:30:00-01:00")?.rfc3339 == "2026-01-01T00:30:00Z")
  }

  @Test func aLeapSecondIsTheNextMinute() {
    #expect(Timestamp(rfc3339: "2016-12-31T23:59:60Z")?.rfc3339 == "2017-01-01T00:00:00Z")
  }

  @Test(arguments: [
    "", "2026-13-01T00:00:00Z", "2026-00-10T00:00:00Z", "2026-02-30T00:00:00Z",
    "2025-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-01-00T00:00:00Z",
    "2026-01-12T24:00:00Z", "2026-01-12T09:60:00Z", "2026-01-12T09:36:61Z",
    "2026-01-12T09:36:51", "2026-01-12 09:36:51Z", "2026-01-12T09:36:51.Z",
    "2026-01-12T09:36:51,5Z",
    "2026-1-12T09:36:51Z", "2026-01-12T9:36:51Z", "2026-01-12T09:36:51+0200",
    "2026-01-12T09:36:51+24:00", "2026-01-12T09:36:51+02:60", "2026-01-12T09:36:51Z ",
    "2026-01-12T09:36:51ZZ", "2026-01-12", "+2026-01-12T09:36:51Z", "２026-01-12T09:36:51Z",
  ])
  func rejects(text: String) {
    #expect(Timestamp(rfc3339: text) == nil)
  }

  // RFC 3339 has four-digit years: a time whose offset moves it out of
  // 0000...9999 could not be written back.
  @Test(arguments: [
    "0000-01-01T00:00:00+00:01", "9999-12-31T23:59:59-00:01", "9999-12-31T23:59:60Z",
  ])
  func rejectsTimesOutsideTheYearsItCanWrite(text: String) {
    #expect(Timestamp(rfc3339: text) == nil)
  }

  @Test(arguments: [
    ("0000-01-01T01:00:00+01:00", "0000-01-01T00:00:00Z"),
    ("9999-12-31T22:59:59-01:00", "9999-12-31T23:59:59Z"),
  ])
  func acceptsTheFirstAndLastWritableSecond(text: String, utc: String) {
    #expect(Timestamp(rfc3339: text)?.rfc3339 == utc)
  }
}

@Suite struct TimestampArithmeticTests {
  @Test func addingSaturatesInsteadOfTrapping() {
    #expect(
      Timestamp(secondsSinceEpoch: .max - 1).adding(seconds: 10)
        == Timestamp(secondsSinceEpoch: .max))
    #expect(
      Timestamp(secondsSinceEpoch: .min + 1).adding(seconds: -10)
        == Timestamp(secondsSinceEpoch: .min))
    #expect(t0.adding(seconds: -day) == Timestamp(secondsSinceEpoch: 1_767_139_200))
  }

  @Test func secondsSince() {
    #expect(t0.plus(days: 1).seconds(since: t0) == day)
    #expect(t0.seconds(since: t0.plus(days: 1)) == -day)
  }
}
