import ClearanceCore
import Foundation
import Testing

@testable import ClearanceStore

/// A compaction (or the conversion of a format 01 data dir, which is one)
/// that fails part way must leave a data dir the next start opens.
@Suite struct InterruptedCompactionTests {
  /// A failed v01 -> v02 conversion must leave a data dir the next start opens.
  @Test func aFailedConversionLeavesAnOpenableDataDir() throws {
    var stuck: [String] = []
    for step in 0..<14 {
      let dir = try DataDir()
      try FileManager.default.createDirectory(atPath: dir.path, withIntermediateDirectories: false)
      try #require(Data(base64Encoded: Version01Fixture.snapshot)).write(to: dir.url("snapshot-1.snap"))
      try #require(Data(base64Encoded: Version01Fixture.journal)).write(to: dir.url("journal-1.log"))
      let calls = ScriptedCalls()
      calls.arm(failingCall: step)
      do { _ = try JournalStore.open(folder: dir.path, calls: calls) } catch {}
      do { #expect(try JournalStore.open(folder: dir.path).count == 5) } catch {
        stuck.append("step \(step) (\(calls.failedCall ?? "-")), files \(dir.files()): \(error)")
      }
    }
    #expect(stuck.isEmpty, "\(stuck.joined(separator: "\n"))")
  }

  /// A compaction that fails inside createJournal, then a stop before a later
  /// compaction succeeds: the next start must open.
  @Test func aFailedCompactionThenStopStillOpens() throws {
    var stuck: [String] = []
    for step in 0..<40 {
      let dir = try DataDir()
      let calls = ScriptedCalls()
      var expected: [Clearance] = []
      do {
        let store = try JournalStore.open(folder: dir.path, calls: calls, compactionBytes: 1_000_000)
        for number in 1...5 {
          Sample.save(Sample.clearance(number), in: store)
          try store.commit()
        }
        store.compactionBytes = 1
        Sample.save(Sample.clearance(6), in: store)
        calls.arm(failingCall: step)
        _ = try? store.commit()
        expected = Sample.everything(store).0
      }
      if calls.failedCall == nil { break }
      do {
        #expect(Sample.everything(try JournalStore.open(folder: dir.path)).0 == expected, "step \(step)")
      } catch {
        stuck.append("step \(step) (\(calls.failedCall!)), files \(dir.files()): \(error)")
      }
    }
    #expect(stuck.isEmpty, "\(stuck.joined(separator: "\n"))")
  }
}
