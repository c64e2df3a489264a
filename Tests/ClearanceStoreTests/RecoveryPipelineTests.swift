import ClearanceCore
import Foundation
import Testing

@testable import ClearanceStore

/// Recovery decodes on a second thread (`RecordPipeline`) in batches; these
/// journals span many batches, so that order, a torn tail and damage in the
/// middle behave exactly as a reading on one thread.
@Suite struct RecoveryPipelineTests {
  static let records = 5_000

  /// Writes a journal of `records` puts of clearances 1... and returns its bytes.
  private func journal(in dir: DataDir) throws -> [UInt8] {
    do {
      let store = try JournalStore.open(folder: dir.path)
      for number in 1...Self.records { Sample.save(Sample.clearance(number), in: store) }
      // The same VINs again, approved: replay order decides what survives.
      for number in 1...Self.records where number % 7 == 0 {
        Sample.save(Sample.clearance(number, status: .approved), in: store)
      }
      try store.commit()
    }
    return [UInt8](try Data(contentsOf: dir.url("journal-0.log")))
  }

  /// The offsets of the records of a journal.
  private func offsets(_ bytes: [UInt8]) -> [Int] {
    bytes.withUnsafeBytes { raw in
      var offsets: [Int] = []
      var offset = FormatVersion.magicBytes
      while case .record(_, let end) = RecordFraming.read(raw, at: offset) {
        offsets.append(offset)
        offset = end
      }
      return offsets
    }
  }

  @Test func aLongJournalReplaysInOrder() throws {
    let dir = try DataDir()
    _ = try journal(in: dir)
    let store = try JournalStore.open(folder: dir.path)
    #expect(store.count == Self.records)
    #expect(store.clearance(vin: Sample.clearance(7).vin)?.status == .approved)
    #expect(store.clearance(vin: Sample.clearance(8).vin)?.status == .pending)
    let seqs = store.changes(after: 0, limit: 100_000).map(\.seq)
    #expect(seqs == Array(1...Int64(seqs.count)))
    #expect(seqs.count == Self.records + Self.records / 7)
  }

  @Test func aTornTailAfterManyBatchesKeepsEveryWholeRecord() throws {
    let dir = try DataDir()
    var bytes = try journal(in: dir)
    let last = try #require(offsets(bytes).last)
    bytes.removeLast(bytes.count - last - 20)
    try Data(bytes).write(to: dir.url("journal-0.log"))
    let store = try JournalStore.open(folder: dir.path)
    #expect(store.warnings.count == 1)
    #expect(store.warnings.first?.contains("offset \(last)") == true)
    #expect(store.count == Self.records)
    #expect(store.nextSeq == Int64(Self.records + Self.records / 7), "the last approval is gone")
  }

  @Test func damageInTheMiddleStopsAtItsOffset() throws {
    let dir = try DataDir()
    var bytes = try journal(in: dir)
    let damaged = offsets(bytes)[3_333]
    bytes[damaged + 8 + 5] ^= 0x01
    try Data(bytes).write(to: dir.url("journal-0.log"))
    #expect {
      _ = try JournalStore.open(folder: dir.path)
    } throws: { "\($0)".contains("journal-0.log is corrupt at offset \(damaged) (checksum mismatch)") }
  }

  /// A record whose checksum is right but whose payload does not decode:
  /// found by the reading thread, reported with its offset.
  @Test func anUndecodableRecordInTheMiddleNamesItsOffset() throws {
    let dir = try DataDir()
    let bytes = try journal(in: dir)
    let all = offsets(bytes)
    let bad = all[4_000]
    var rebuilt = Array(bytes[0..<bad])
    RecordFraming.append([9, 9, 9], to: &rebuilt)
    rebuilt += bytes[all[4_001]...]
    try Data(rebuilt).write(to: dir.url("journal-0.log"))
    #expect {
      _ = try JournalStore.open(folder: dir.path)
    } throws: { "\($0)".contains("journal-0.log is corrupt at offset \(bad): record of an unknown kind (9)") }
  }
}

/// When applying a record fails (not reading it), recovery stops there while
/// the reading thread may be far ahead; it must end cleanly.
@Suite struct RecoveryStopsEarlyTests {
  @Test func aSnapshotRecordInTheMiddleOfAJournalNamesItsOffset() throws {
    let dir = try DataDir()
    do {
      let store = try JournalStore.open(folder: dir.path)
      for number in 1...3_000 { Sample.save(Sample.clearance(number), in: store) }
      try store.commit()
    }
    var bytes = [UInt8](try Data(contentsOf: dir.url("journal-0.log")))
    let offset = bytes.count
    RecordFraming.append(to: &bytes) { RecordCodec.appendEnd(clearances: 1, changes: 1, to: &$0) }
    for number in 3_001...6_000 {
      RecordFraming.append(to: &bytes) { RecordCodec.appendPut(Sample.clearance(number), [], to: &$0) }
    }
    try Data(bytes).write(to: dir.url("journal-0.log"))
    #expect {
      _ = try JournalStore.open(folder: dir.path)
    } throws: { "\($0)".contains("journal-0.log is corrupt at offset \(offset): a snapshot record in the journal") }
  }

  @Test func aSnapshotWhoseEndDisagreesIsRefused() throws {
    let dir = try DataDir()
    try FileManager.default.createDirectory(atPath: dir.path, withIntermediateDirectories: false)
    var bytes = FormatVersion.v02.snapshotMagic
    for number in 1...3_000 {
      RecordFraming.append(to: &bytes) { RecordCodec.appendPut(Sample.clearance(number), [], to: &$0) }
    }
    RecordFraming.append(to: &bytes) { RecordCodec.appendEnd(clearances: 2_999, changes: 0, to: &$0) }
    for number in 3_001...9_000 {
      RecordFraming.append(to: &bytes) { RecordCodec.appendPut(Sample.clearance(number), [], to: &$0) }
    }
    try Data(bytes).write(to: dir.url("snapshot-1.snap"))
    #expect {
      _ = try JournalStore.open(folder: dir.path)
    } throws: { "\($0)".contains("holds 3000 clearances and 0 changes, its end record says 2999 and 0") }
  }
}
