import ClearanceCore
import Foundation
import Testing

@testable import ClearanceStore

/// reliability.md: a torn tail is dropped, but damage in the middle of the
/// journal never silently drops the records after it. A damaged record is
/// torn only when it can end an interrupted write and no run of whole
/// records follows it.
@Suite struct DamagedTailTests {
  static let records = 5

  /// A journal of `records` puts; returns the data dir, the journal's URL
  /// and the offset of each record.
  static func journal() throws -> (DataDir, URL, [Int]) {
    let dir = try DataDir()
    do {
      let store = try JournalStore.open(folder: dir.path)
      for number in 1...records { Sample.save(Sample.clearance(number), in: store) }
      try store.commit()
    }
    let url = dir.url("journal-0.log")
    let bytes = [UInt8](try Data(contentsOf: url))
    var offsets: [Int] = []
    var offset = FormatVersion.magicBytes
    while offset < bytes.count {
      offsets.append(offset)
      let length = Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16
      offset += RecordFraming.headerBytes + length
    }
    #expect(offsets.count == records)
    return (dir, url, offsets)
  }

  static func expectRefused(_ dir: DataDir, offset: Int, mentioning text: String) {
    #expect {
      _ = try JournalStore.open(folder: dir.path)
    } throws: { error in
      let message = "\(error)"
      return message.contains("offset \(offset)") && message.contains(text)
    }
  }

  /// Regression: one flipped bit made a length reach past the end of the
  /// file, the record was taken for a torn tail, and the records after it
  /// were cut off the journal.
  @Test(arguments: [0, 2])
  func aLengthDamagedInTheMiddleStopsStartUp(record: Int) throws {
    let (dir, url, offsets) = try Self.journal()
    var bytes = [UInt8](try Data(contentsOf: url))
    bytes[offsets[record] + 2] ^= 0x01  // +65,536 bytes: past the end of the file
    try Data(bytes).write(to: url)
    Self.expectRefused(
      dir, offset: offsets[record], mentioning: "whole records follow from offset \(offsets[record + 1])")
    #expect(try Data(contentsOf: url) == Data(bytes), "the journal is left as it was")
  }

  /// Regression: with a torn record at the end as well (what any crash
  /// mid-write leaves), the records between a damaged length and the end
  /// were dropped as part of the torn tail.
  @Test func aLengthDamagedInTheMiddleOfAJournalWithATornTailStopsStartUp() throws {
    let (dir, url, offsets) = try Self.journal()
    var bytes = [UInt8](try Data(contentsOf: url))
    bytes[offsets[1] + 2] ^= 0x01
    bytes += [200, 0, 0, 0, 1, 2, 3, 4, 0x7B, 0x22]
    try Data(bytes).write(to: url)
    Self.expectRefused(dir, offset: offsets[1], mentioning: "whole records follow from offset \(offsets[2])")
  }

  @Test func anImpossibleLengthInTheMiddleStopsStartUp() throws {
    let (dir, url, offsets) = try Self.journal()
    var bytes = [UInt8](try Data(contentsOf: url))
    bytes[offsets[1] + 3] = 0xFF  // above 64 MiB
    try Data(bytes).write(to: url)
    Self.expectRefused(dir, offset: offsets[1], mentioning: "impossible")
  }

  /// Regression: zeros after a cut inside the last record (what some file
  /// systems leave after a crash) were taken for corruption.
  @Test func zerosAfterACutInsideTheLastRecordAreATornTail() throws {
    let (dir, url, offsets) = try Self.journal()
    let bytes = [UInt8](try Data(contentsOf: url))
    let cut = offsets[Self.records - 1] + 20
    try Data(bytes[..<cut] + [UInt8](repeating: 0, count: 4096 - cut % 4096)).write(to: url)
    let reopened = try JournalStore.open(folder: dir.path)
    #expect(reopened.count == Self.records - 1)
    #expect(reopened.warnings.count == 1)
    #expect(try Data(contentsOf: url) == Data(bytes[..<offsets[Self.records - 1]]))
  }

  @Test func zerosFromInsideTheLastRecordToTheEndAreATornTail() throws {
    let (dir, url, offsets) = try Self.journal()
    var bytes = [UInt8](try Data(contentsOf: url))
    for index in (offsets[Self.records - 1] + 12)..<bytes.count { bytes[index] = 0 }
    try Data(bytes).write(to: url)
    let reopened = try JournalStore.open(folder: dir.path)
    #expect(reopened.count == Self.records - 1)
    #expect(reopened.warnings.first?.contains("damaged last record") == true)
  }

  /// Regression: garbage over the last records (not zeros, not records)
  /// was dropped as a torn tail, losing acknowledged records.
  @Test func garbageOverTheLastRecordsStopsStartUp() throws {
    let (dir, url, offsets) = try Self.journal()
    var bytes = [UInt8](try Data(contentsOf: url))
    for index in (offsets[2] + 12)..<bytes.count { bytes[index] = 0xAA }
    try Data(bytes).write(to: url)
    Self.expectRefused(dir, offset: offsets[2], mentioning: "neither whole records nor zeros")
  }

  /// Regression: a record-shaped run of bytes inside a torn record's client
  /// data (a tag value) was taken for a whole record behind the damage, and
  /// a real torn write stopped start-up.
  @Test func aRecordShapedTagValueInATornRecordIsStillATornTail() throws {
    let dir = try DataDir()
    do {
      let store = try JournalStore.open(folder: dir.path)
      Sample.save(Sample.clearance(1), in: store)
      var tagged = Sample.clearance(2)
      tagged.tags = [Tag(key: "note", value: "<" + Self.utf8Frame() + ">, and more text after it")]
      Sample.save(tagged, in: store)
      try store.commit()
    }
    let url = dir.url("journal-0.log")
    let bytes = [UInt8](try Data(contentsOf: url))
    try Data(bytes.dropLast()).write(to: url)
    let reopened = try JournalStore.open(folder: dir.path)
    #expect(reopened.count == 1)
    #expect(reopened.warnings.first?.contains("torn") == true)
  }

  /// A framed record (length, CRC-32C, payload) whose bytes are all ASCII,
  /// so that it fits in a string.
  static func utf8Frame() -> String {
    for suffix in 0..<10_000 {
      let payload = Array("frame \(suffix)".utf8)
      var framed: [UInt8] = []
      RecordFraming.append(payload, to: &framed)
      if framed.allSatisfy({ $0 < 0x80 }) { return String(decoding: framed, as: UTF8.self) }
    }
    Issue.record("no ASCII frame found")
    return ""
  }

  @Test func theSearchForAWholeRecordIsBounded() {
    var file = [UInt8](repeating: 0, count: 8)
    RecordFraming.append([1, 2, 3, 4], to: &file)
    RecordFraming.append([5, 6, 7, 8], to: &file)
    file.withUnsafeBytes { bytes in
      #expect(RecordFraming.successor(in: bytes, after: 8) == .found(20))
      #expect(RecordFraming.successor(in: bytes, after: 20) == .none)
      #expect(RecordFraming.successor(in: bytes, after: 8, budget: 3) == .undecided)
    }
    // A whole record followed by bytes that are neither records nor zeros
    // is no run to the end.
    file.append(0x7F)
    file.withUnsafeBytes { bytes in #expect(RecordFraming.successor(in: bytes, after: 8) == .none) }
  }
}
