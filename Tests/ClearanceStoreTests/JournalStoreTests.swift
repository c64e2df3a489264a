import ClearanceCore
import Foundation
import Testing

@testable import ClearanceStore

@Suite struct JournalStoreTests {
  @Test func committedChangesSurviveAReopen() throws {
    let dir = try DataDir()
    var expected: ([Clearance], [ChangeRecord])
    do {
      let store = try JournalStore.open(folder: dir.path)
      for number in 1...50 { Sample.save(Sample.clearance(number), in: store) }
      Sample.save(Sample.clearance(7, status: .rejected, reason: "invalid VIN"), in: store)
      store.recordClock(1_800_000_000)
      try store.commit()
      expected = Sample.everything(store)
      #expect(store.journalBytes > 0)
    }
    let reopened = try JournalStore.open(folder: dir.path)
    let actual = Sample.everything(reopened)
    #expect(actual.0 == expected.0)
    #expect(actual.1 == expected.1)
    #expect(reopened.nextSeq == 52)
    #expect(reopened.restoredClock == 1_800_000_000)
    #expect(reopened.warnings.isEmpty)
  }

  @Test func uncommittedChangesAreNotOnDisk() throws {
    let dir = try DataDir()
    do {
      let store = try JournalStore.open(folder: dir.path)
      Sample.save(Sample.clearance(1), in: store)
      try store.commit()
      Sample.save(Sample.clearance(2), in: store)
    }
    let reopened = try JournalStore.open(folder: dir.path)
    #expect(reopened.count == 1)
    #expect(reopened.clearance(vin: Sample.clearance(2).vin) == nil)
  }

  @Test func aTornTailIsDroppedWithAWarning() throws {
    let dir = try DataDir()
    do {
      let store = try JournalStore.open(folder: dir.path)
      for number in 1...3 { Sample.save(Sample.clearance(number), in: store) }
      try store.commit()
    }
    let journal = dir.url("journal-0.log")
    let intact = try Data(contentsOf: journal)
    // Half of a fourth record: what a power cut mid-write leaves.
    let handle = try FileHandle(forWritingTo: journal)
    handle.seekToEndOfFile()
    handle.write(Data([200, 0, 0, 0, 1, 2, 3, 4, 0x7B, 0x22]))
    try handle.close()
    let reopened = try JournalStore.open(folder: dir.path)
    #expect(reopened.count == 3)
    #expect(reopened.warnings.count == 1)
    #expect(reopened.warnings.first?.contains("torn") == true)
    #expect(try Data(contentsOf: journal) == intact, "the torn bytes are cut off, so appends go after good records")
  }

  @Test func corruptionBeforeTheTailStopsWithFileAndOffset() throws {
    let dir = try DataDir()
    do {
      let store = try JournalStore.open(folder: dir.path)
      for number in 1...3 { Sample.save(Sample.clearance(number), in: store) }
      try store.commit()
    }
    let journal = dir.url("journal-0.log")
    var bytes = [UInt8](try Data(contentsOf: journal))
    bytes[8 + 8 + 10] ^= 0xFF  // inside the first record's payload
    try Data(bytes).write(to: journal)
    #expect {
      _ = try JournalStore.open(folder: dir.path)
    } throws: { error in
      let text = "\(error)"
      return text.contains("journal-0.log") && text.contains("offset 8") && text.contains("corrupt")
    }
  }

  @Test func aSecondStoreOnTheSameDirIsRefused() throws {
    let dir = try DataDir()
    let first = try JournalStore.open(folder: dir.path)
    #expect {
      _ = try JournalStore.open(folder: dir.path)
    } throws: { "\($0)".contains("in use by another fleet-clearance process") }
    _ = first
  }

  @Test func aFailingFsyncRollsBackAndKeepsReadsWorking() throws {
    let dir = try DataDir()
    let calls = ScriptedCalls()
    do {
      let store = try JournalStore.open(folder: dir.path, calls: calls)
      Sample.save(Sample.clearance(1), in: store)
      try store.commit()
      calls.failFsync = true
      Sample.save(Sample.clearance(1, status: .approved), in: store)
      Sample.save(Sample.clearance(2), in: store)
      #expect(throws: StoreError.self) { try store.commit() }
      #expect(store.clearance(vin: Sample.clearance(1).vin) == Sample.clearance(1), "rolled back to what is durable")
      #expect(store.clearance(vin: Sample.clearance(2).vin) == nil)
      #expect(store.nextSeq == 2)
      #expect(store.count == 1)
      calls.failFsync = false
      Sample.save(Sample.clearance(3), in: store)
      try store.commit()
    }
    let reopened = try JournalStore.open(folder: dir.path)
    #expect(Sample.everything(reopened).0.map(\.vin) == [Sample.clearance(1).vin, Sample.clearance(3).vin])
    #expect(reopened.clearance(vin: Sample.clearance(1).vin)?.status == .pending)
  }

  @Test func compactionWritesASnapshotAndStartsANewJournal() throws {
    let dir = try DataDir()
    var expected: ([Clearance], [ChangeRecord])
    do {
      let store = try JournalStore.open(folder: dir.path, compactionBytes: 4_000)
      for number in 1...100 {
        Sample.save(Sample.clearance(number), in: store)
        try store.commit()
      }
      expected = Sample.everything(store)
    }
    let files = dir.files()
    #expect(files.contains { $0.hasPrefix("snapshot-") && $0.hasSuffix(".snap") })
    #expect(files.filter { $0.hasPrefix("journal-") }.count == 1, "older journals are removed: \(files)")
    let reopened = try JournalStore.open(folder: dir.path, compactionBytes: 4_000)
    let actual = Sample.everything(reopened)
    #expect(actual.0 == expected.0)
    #expect(actual.1 == expected.1)
  }

  /// A crash at each step of compaction (modelled as the n-th system call
  /// failing and the process going away) leaves a state that recovers to
  /// everything committed.
  @Test func aCrashAtAnyStepOfCompactionRecovers() throws {
    var step = 0
    while step < 40 {
      let dir = try DataDir()
      let calls = ScriptedCalls()
      var expected: [Clearance] = []
      do {
        let store = try JournalStore.open(folder: dir.path, calls: calls, compactionBytes: 1_500)
        for number in 1...5 {
          Sample.save(Sample.clearance(number), in: store)
          try store.commit()
        }
        expected = Sample.everything(store).0
        Sample.save(Sample.clearance(6), in: store)
        calls.arm(failingCall: step)
        if (try? store.commit()) != nil { expected = Sample.everything(store).0 }
        // The store goes on after a failed compaction; later commits must stick.
        Sample.save(Sample.clearance(7), in: store)
        if (try? store.commit()) != nil { expected = Sample.everything(store).0 }
      }
      let reopened = try JournalStore.open(folder: dir.path)
      #expect(Sample.everything(reopened).0 == expected, "crash at call \(step) (\(calls.failedCall ?? "none"))")
      if calls.failedCall == nil { break }  // the whole compaction ran without reaching the failing call
      step += 1
    }
    #expect(step > 3, "compaction took several steps")
  }
}

/// Regressions found while documenting the journal.
@Suite struct JournalRecoveryEdgeTests {
  @Test func aZeroFilledTailIsTornNotCorrupt() throws {
    let dir = try DataDir()
    do {
      let store = try JournalStore.open(folder: dir.path)
      Sample.save(Sample.clearance(1), in: store)
      try store.commit()
    }
    let handle = try FileHandle(forWritingTo: dir.url("journal-0.log"))
    handle.seekToEndOfFile()
    handle.write(Data(count: 4096))
    try handle.close()
    let reopened = try JournalStore.open(folder: dir.path)
    #expect(reopened.count == 1)
    #expect(reopened.warnings.count == 1)
  }

  @Test func aMissingSnapshotBesideANewerJournalStopsStartUp() throws {
    let dir = try DataDir()
    do {
      let store = try JournalStore.open(folder: dir.path, compactionBytes: 2_000)
      for number in 1...30 {
        Sample.save(Sample.clearance(number), in: store)
        try store.commit()
      }
    }
    let snapshot = try #require(dir.files().first { $0.hasPrefix("snapshot-") })
    try FileManager.default.removeItem(at: dir.url(snapshot))
    #expect {
      _ = try JournalStore.open(folder: dir.path)
    } throws: { "\($0)".contains("snapshot was lost") }
  }

  /// History records used to hold 10,000 changes each: with large tags one
  /// record outgrew what readers accept, and the data dir could not be read.
  @Test func snapshotHistoryComesInBoundedRecords() throws {
    let dir = try DataDir()
    do {
      let store = try JournalStore.open(folder: dir.path)
      for number in 1...1_200 { Sample.save(Sample.clearance(number), in: store) }
      try store.commit()
      store.compactionBytes = 1
      Sample.save(Sample.clearance(1_201), in: store)
      try store.commit()
    }
    let snapshot = try #require(dir.files().first { $0.hasSuffix(".snap") })
    let bytes = [UInt8](try Data(contentsOf: dir.url(snapshot)))
    var historySizes: [Int] = []
    try bytes.withUnsafeBytes { raw in
      var offset = FormatVersion.magicBytes
      while case .record(let payload, let end) = RecordFraming.read(raw, at: offset) {
        if case .history(let slice) = try RecordCodec.decode(payload) { historySizes.append(slice.count) }
        offset = end
      }
      #expect(offset == raw.count, "every record of the snapshot is whole")
    }
    #expect(historySizes == [500, 500, 201], "1,201 changes in records of at most 500")
    let reopened = try JournalStore.open(folder: dir.path)
    #expect(reopened.nextSeq == 1_202)
  }
}
