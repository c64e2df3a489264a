import ClearanceCore
import Foundation
import Testing

@testable import ClearanceStore

/// A host must read every format an earlier release wrote (docs/journal.md,
/// "Format versions"). Format 01 data dirs open, then are converted to 02.
@Suite struct Version01CompatibilityTests {
  static let t0 = Timestamp(secondsSinceEpoch: 1_767_225_600)
  static let t1 = Timestamp(secondsSinceEpoch: 1_767_229_200)

  static let acmeTags = [
    ClearanceCore.Tag(key: "customer", value: "ACME Fleet Services"),
    ClearanceCore.Tag(key: "región", value: "Köln – Süd 🚗"),
    ClearanceCore.Tag(key: "empty", value: ""),
  ]
  static let vwTags = [ClearanceCore.Tag(key: "vw-group-customer-name", value: "ACME Fleet")]
  static let twelveTags = (1...12).map { ClearanceCore.Tag(key: String(UnicodeScalar(UInt8(96 + $0))), value: "\($0)") }

  /// What the fixture's host reported, clearance by clearance.
  static let clearances = [
    Clearance(
      vin: "KNAB0000000000001", brand: "kia", tags: acmeTags,
      changelog: [ChangelogEntry(timestamp: t0, status: .pending), ChangelogEntry(timestamp: t0, status: .approved)],
      insertedAt: t0, approvedAt: t0, dataReceived: false, activationReported: true),
    Clearance(
      vin: "KNAB0000000000002", brand: "kia", tags: [],
      changelog: [
        ChangelogEntry(timestamp: t0, status: .pending),
        ChangelogEntry(timestamp: t0, status: .rejected, reason: "VIN activation not allowed by OEM"),
      ], insertedAt: t0, approvedAt: nil, dataReceived: false, activationReported: false),
    Clearance(
      vin: "KNAB0000000000003", brand: "kia", tags: twelveTags,
      changelog: [ChangelogEntry(timestamp: t1, status: .pending)], insertedAt: t1, approvedAt: nil,
      dataReceived: true, activationReported: false),
    Clearance(
      vin: "WVWZZZ1JZXW000001", brand: "volkswagen", tags: vwTags,
      changelog: [
        ChangelogEntry(timestamp: t0, status: .pending),
        ChangelogEntry(timestamp: t0, status: .pending, reason: "privacy mode is enabled"),
      ], insertedAt: t0, approvedAt: nil, dataReceived: false, activationReported: false),
    Clearance(
      vin: "WVWZZZ1JZXW000002", brand: "volkswagen", tags: [],
      changelog: [ChangelogEntry(timestamp: t0, status: .rejected, reason: "customer name tag missing")],
      insertedAt: t0, approvedAt: nil, dataReceived: false, activationReported: false),
  ]

  static func change(
    _ seq: Int64, _ vin: String, _ brand: String, _ status: ClearanceStatus, _ previous: ClearanceStatus?,
    _ reason: String?, _ time: Timestamp, _ tags: [ClearanceCore.Tag]
  ) -> ChangeRecord {
    ChangeRecord(
      seq: seq, vin: vin, brand: brand, status: status, previousStatus: previous, reason: reason, timestamp: time,
      tags: tags)
  }

  static let changes = [
    change(1, "KNAB0000000000001", "kia", .pending, nil, nil, t0, acmeTags),
    change(2, "KNAB0000000000002", "kia", .pending, nil, nil, t0, []),
    change(3, "WVWZZZ1JZXW000001", "volkswagen", .pending, nil, nil, t0, vwTags),
    change(4, "WVWZZZ1JZXW000002", "volkswagen", .rejected, nil, "customer name tag missing", t0, []),
    change(5, "KNAB0000000000001", "kia", .approved, .pending, nil, t0, acmeTags),
    change(6, "KNAB0000000000002", "kia", .rejected, .pending, "VIN activation not allowed by OEM", t0, []),
    change(7, "WVWZZZ1JZXW000001", "volkswagen", .pending, .pending, "privacy mode is enabled", t0, vwTags),
    change(8, "KNAB0000000000003", "kia", .pending, nil, nil, t1, twelveTags),
  ]

  private func writeFixture(to dir: DataDir) throws {
    try FileManager.default.createDirectory(atPath: dir.path, withIntermediateDirectories: false)
    try #require(Data(base64Encoded: Version01Fixture.snapshot)).write(to: dir.url("snapshot-1.snap"))
    try #require(Data(base64Encoded: Version01Fixture.journal)).write(to: dir.url("journal-1.log"))
  }

  private func magic(_ dir: DataDir, _ name: String) throws -> String {
    String(decoding: try Data(contentsOf: dir.url(name)).prefix(8), as: UTF8.self)
  }

  @Test func theFixtureIsInFormat01() throws {
    let dir = try DataDir()
    try writeFixture(to: dir)
    #expect(try magic(dir, "snapshot-1.snap") == "FCSNAP01")
    #expect(try magic(dir, "journal-1.log") == "FCJRNL01")
  }

  @Test func aVersion01DataDirOpensWithEverythingInIt() throws {
    let dir = try DataDir()
    try writeFixture(to: dir)
    let store = try JournalStore.open(folder: dir.path)
    let (clearances, changes) = Sample.everything(store)
    #expect(clearances == Self.clearances)
    #expect(changes == Self.changes)
    #expect(store.nextSeq == 9)
    #expect(store.restoredClock == Self.t1.secondsSinceEpoch)
    #expect(store.warnings.isEmpty)
  }

  @Test func openingConvertsTheDataDirToFormat02() throws {
    let dir = try DataDir()
    try writeFixture(to: dir)
    do {
      let store = try JournalStore.open(folder: dir.path)
      #expect(dir.files() == ["LOCK", "journal-2.log", "snapshot-2.snap"])
      #expect(try magic(dir, "snapshot-2.snap") == "FCSNAP02")
      #expect(try magic(dir, "journal-2.log") == "FCJRNL02")
      #expect(store.journalBytes == 8)
      // New records go to the converted journal, in format 02.
      Sample.save(Sample.clearance(1), in: store)
      try store.commit()
    }
    let reopened = try JournalStore.open(folder: dir.path)
    let (clearances, changes) = Sample.everything(reopened)
    #expect(clearances.filter { $0.vin != Sample.clearance(1).vin } == Self.clearances)
    #expect(Array(changes.prefix(8)) == Self.changes)
    #expect(reopened.count == 6)
    #expect(reopened.nextSeq == 10)
    #expect(reopened.restoredClock == Self.t1.secondsSinceEpoch)
  }

  /// A failed conversion stops start-up and leaves generation 1 as it was,
  /// so that the next start (or an earlier release) can read it.
  @Test func aFailedConversionLeavesTheDataDirAsItWas() throws {
    let dir = try DataDir()
    try writeFixture(to: dir)
    let calls = ScriptedCalls()
    calls.failFsync = true
    #expect {
      _ = try JournalStore.open(folder: dir.path, calls: calls)
    } throws: { "\($0)".contains("cannot convert data dir") }
    #expect(dir.files() == ["LOCK", "journal-1.log", "snapshot-1.snap"])
    #expect(try magic(dir, "journal-1.log") == "FCJRNL01")
    let store = try JournalStore.open(folder: dir.path)
    #expect(Sample.everything(store).0 == Self.clearances)
  }

  /// A journal-0 data dir in format 01 (no snapshot yet), written with the
  /// kept encoder, with a torn last record.
  @Test func aVersion01JournalWithoutSnapshotOpens() throws {
    let dir = try DataDir()
    try FileManager.default.createDirectory(atPath: dir.path, withIntermediateDirectories: false)
    var bytes = FormatVersion.v01.journalMagic
    var expected: [Clearance] = []
    var seq: Int64 = 1
    for number in 1...20 {
      let clearance = Sample.clearance(number, status: number % 3 == 0 ? .rejected : .pending, reason: nil)
      let changes = clearance.changelog.map { entry in
        defer { seq += 1 }
        return ChangeRecord(
          seq: seq, vin: clearance.vin, brand: clearance.brand, status: entry.status, previousStatus: nil,
          reason: entry.reason, timestamp: entry.timestamp, tags: clearance.tags)
      }
      RecordFraming.append(JSONRecordCodec.encode(.put(clearance, changes)), to: &bytes)
      expected.append(clearance)
    }
    RecordFraming.append(JSONRecordCodec.encode(.clock(1_800_000_000)), to: &bytes)
    bytes += [40, 0, 0, 0, 1, 2]
    try Data(bytes).write(to: dir.url("journal-0.log"))
    let store = try JournalStore.open(folder: dir.path)
    #expect(Sample.everything(store).0 == expected)
    #expect(store.nextSeq == seq)
    #expect(store.restoredClock == 1_800_000_000)
    #expect(store.warnings.count == 1, "the torn record is dropped with a warning")
    #expect(dir.files() == ["LOCK", "journal-1.log", "snapshot-1.snap"])
  }

  /// Corruption in a format-01 journal is still reported with file and offset.
  @Test func corruptionInAVersion01JournalNamesFileAndOffset() throws {
    let dir = try DataDir()
    try writeFixture(to: dir)
    var bytes = [UInt8](try Data(contentsOf: dir.url("journal-1.log")))
    bytes[8 + 8 + 3] ^= 0x20  // inside the first record's payload (the clock record)
    try Data(bytes).write(to: dir.url("journal-1.log"))
    #expect {
      _ = try JournalStore.open(folder: dir.path)
    } throws: { error in
      let text = "\(error)"
      return text.contains("journal-1.log") && text.contains("offset 8") && text.contains("corrupt")
    }
  }
}
