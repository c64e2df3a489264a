import ClearanceCore
import Foundation
import Testing

@testable import ClearanceStore

/// A snapshot's history names each change's clearance by its put record
/// (`SnapshotChange`): a store loaded that way must read back exactly like
/// the store that wrote it.
@Suite struct SnapshotLoadTests {
  static let start = Timestamp(secondsSinceEpoch: 1_767_225_600)
  static let acme = [Tag(key: "customer", value: "ACME Fleet Services")]

  /// A store with a dead slot first (a rolled-back insert, so put numbers
  /// and slots differ), re-activations under other brands and tags, odd
  /// VINs, and a change numbered out of line (kept whole).
  static func source() throws -> InMemoryStore {
    let store = InMemoryStore()
    let dead = Clearance(
      vin: "KNAB0000000000000", brand: "kia", tags: acme, verdict: .eligible(pendingReason: nil), at: start)
    let count = store.historyCount
    CompactStoreTests.record(dead, previous: nil, entries: dead.changelog, in: store)
    store.restore(vin: dead.vin, to: nil, historyCount: count)
    let vins = (1...12).map(CompactStoreTests.vin) + ["KNA", "\u{C9}COLE00000000001", "ZZ-1"]
    for (number, vin) in vins.enumerated() {
      var clearance = Clearance(
        vin: vin, brand: "kia", tags: number % 3 == 0 ? [] : acme,
        verdict: number % 2 == 0 ? .eligible(pendingReason: "no data received") : .notEligible(reason: "taken"),
        at: start.adding(seconds: Int64(number)))
      CompactStoreTests.record(clearance, previous: nil, entries: clearance.changelog, in: store)
      if clearance.status == .rejected {
        let entry = clearance.reactivate(
          brand: "peugeot", tags: [Tag(key: "customer", value: "fleet \(number)")],
          verdict: .eligible(pendingReason: nil), at: start.adding(seconds: 100))
        CompactStoreTests.record(clearance, previous: .rejected, entries: [entry], in: store)
      }
    }
    // A change no entry matches: kept whole, and written with its VIN.
    let stray = ChangeRecord(
      seq: store.nextSeq, vin: "NOT-A-CLEARANCE", brand: "kia", status: .approved, previousStatus: nil, reason: nil,
      timestamp: start, tags: [])
    let first = try #require(store.clearance(vin: vins[0]))
    store.save(first, changes: [stray])
    #expect(store.verbatim.count == 1)
    return store
  }

  /// Loads `source` the way recovery does, through encoded records, with
  /// history records of `slice` changes.
  static func load(_ source: InMemoryStore, slice: Int) throws -> InMemoryStore {
    let loaded = InMemoryStore()
    var puts = SnapshotPuts()
    var failure: StoreError?
    source.forEach { clearance in
      do throws(StoreError) {
        guard case .put(let decoded, _) = try RecordCodec.decode(RecordCodec.encode(.put(clearance, []))) else {
          return
        }
        loaded.loadPut(decoded, into: &puts)
      } catch { failure = error }
    }
    if let failure { throw failure }
    let numbers = source.putNumbers()
    var position = 0
    while true {
      let changes = source.snapshotChanges(from: position, limit: slice, putNumbers: numbers)
      guard !changes.isEmpty else { break }
      guard case .history(let decoded) = try RecordCodec.decode(RecordCodec.encode(.history(changes))) else {
        Issue.record("not a history record")
        break
      }
      try loaded.appendSnapshotHistory(decoded, puts: puts)
      position += changes.count
    }
    return loaded
  }

  static func expectSame(_ loaded: InMemoryStore, _ source: InMemoryStore) {
    #expect(loaded.count == source.count)
    #expect(loaded.nextSeq == source.nextSeq)
    #expect(loaded.countsByStatus() == source.countsByStatus())
    #expect(loaded.countsByBrand() == source.countsByBrand())
    var expected: [Clearance] = []
    source.forEach { expected.append($0) }
    for clearance in expected {
      let actual = loaded.clearance(vin: clearance.vin)
      #expect(actual == clearance)
      #expect(actual.map { Array($0.vin.utf8) } == Array(clearance.vin.utf8))
    }
    let history = loaded.changes(after: 0, limit: 1_000)
    let sourceHistory = source.changes(after: 0, limit: 1_000)
    #expect(history == sourceHistory)
    #expect(history.map { Array($0.vin.utf8) } == sourceHistory.map { Array($0.vin.utf8) })
    #expect(loaded.verbatim.count == source.verbatim.count, "changes that pointed at entries still do")
    for scope in [ListScope.all, .statuses([.pending, .rejected]), .brands(["peugeot"])] {
      var cursor: String?
      for _ in 0..<20 {
        let page = loaded.page(after: cursor, limit: 4, scope: scope, matches: { _ in true }, shouldStop: { false })
        let want = source.page(after: cursor, limit: 4, scope: scope, matches: { _ in true }, shouldStop: { false })
        #expect(page.clearances == want.clearances)
        #expect(page.hasMore == want.hasMore)
        guard page.hasMore, let last = page.clearances.last else { break }
        cursor = last.vin
      }
    }
  }

  @Test(arguments: [1, 3, 500]) func aLoadedStoreReadsBackLikeTheOneThatWroteIt(slice: Int) throws {
    let source = try Self.source()
    #expect(source.putNumbers().first == 0, "the dead slot has no put")
    let loaded = try Self.load(source, slice: slice)
    Self.expectSame(loaded, source)
  }

  @Test func theHistoryNamesClearancesByPut() throws {
    let source = try Self.source()
    let changes = source.snapshotChanges(from: 0, limit: 1_000, putNumbers: source.putNumbers())
    #expect(changes.count == source.historyCount)
    #expect(changes.filter { $0.put == 0 }.map(\.change.vin) == ["NOT-A-CLEARANCE"])
    #expect(changes.filter { $0.put > 0 }.allSatisfy { $0.change.vin.isEmpty })
    // The first live slot is put 1, though slot 0 is dead.
    #expect(changes.first?.put == 1)
  }

  /// Two puts whose odd VINs are equal as `String`s but spelled apart share
  /// a slot that keeps the first spelling; a change naming the second put
  /// keeps the second spelling, as one carrying that VIN would.
  @Test func aChangeNamingAPutKeepsThePutsSpelling() throws {
    let composed = "\u{C9}COLE00000000001"
    let decomposed = "E\u{301}COLE00000000001"
    #expect(composed == decomposed && Array(composed.utf8) != Array(decomposed.utf8))
    func clearance(_ vin: String) -> Clearance {
      Clearance(vin: vin, brand: "kia", tags: [], verdict: .eligible(pendingReason: nil), at: Self.start)
    }
    let change = ChangeRecord(
      seq: 1, vin: decomposed, brand: "kia", status: .pending, previousStatus: nil, reason: nil,
      timestamp: Self.start, tags: [])
    let byPut = InMemoryStore()
    var puts = SnapshotPuts()
    byPut.loadPut(clearance(composed), into: &puts)
    byPut.loadPut(clearance(decomposed), into: &puts)
    var unnamed = change
    unnamed.vin = ""
    try byPut.appendSnapshotHistory([SnapshotChange(put: 2, change: unnamed)], puts: puts)
    let byVIN = InMemoryStore()
    byVIN.save(clearance(composed), changes: [])
    byVIN.save(clearance(decomposed), changes: [])
    byVIN.appendHistory([change])
    let read = try #require(byPut.changes(after: 0, limit: 5).first)
    #expect(Array(read.vin.utf8) == Array(decomposed.utf8))
    #expect(byPut.changes(after: 0, limit: 5) == byVIN.changes(after: 0, limit: 5))
    #expect(byPut.verbatim.count == byVIN.verbatim.count)
  }

  @Test func aChangeNamingAPutNotYetLoadedIsRefused() throws {
    let store = InMemoryStore()
    var puts = SnapshotPuts()
    store.loadPut(
      Clearance(
        vin: "KNAB0000000000001", brand: "kia", tags: [], verdict: .eligible(pendingReason: nil), at: Self.start),
      into: &puts)
    let change = ChangeRecord(
      seq: 1, vin: "", brand: "kia", status: .pending, previousStatus: nil, reason: nil, timestamp: Self.start,
      tags: [])
    #expect {
      try store.appendSnapshotHistory(
        [SnapshotChange(put: 1, change: change), SnapshotChange(put: 2, change: change)], puts: puts)
    } throws: { "\($0)".contains("names put record 2, but only 1 come before it") }
    #expect(store.historyCount == 0, "nothing of the refused record is applied")
  }

  /// Through the journal store: compaction writes the history by put, and
  /// a reopen reads back everything, also after a rolled-back insert.
  @Test func aReopenAfterCompactionReadsBackEverything() throws {
    let dir = try DataDir()
    let calls = ScriptedCalls()
    var expected: ([Clearance], [ChangeRecord])
    do {
      let store = try JournalStore.open(folder: dir.path, calls: calls)
      calls.failFsync = true
      Sample.save(Sample.clearance(999), in: store)
      #expect(throws: StoreError.self) { try store.commit() }
      calls.failFsync = false
      for number in 1...30 {
        Sample.save(Sample.clearance(number, status: number % 3 == 0 ? .approved : .pending), in: store)
      }
      Sample.save(Sample.clearance(5, status: .rejected, reason: "late"), in: store)
      try store.commit()
      store.compactionBytes = 1
      Sample.save(Sample.clearance(31), in: store)
      try store.commit()
      expected = Sample.everything(store)
    }
    let snapshot = try #require(dir.files().first { $0.hasSuffix(".snap") })
    let bytes = [UInt8](try Data(contentsOf: dir.url(snapshot)))
    var named: [Int] = []
    try bytes.withUnsafeBytes { raw in
      var offset = FormatVersion.magicBytes
      while case .record(let payload, let end) = RecordFraming.read(raw, at: offset) {
        if case .history(let slice) = try RecordCodec.decode(payload) { named += slice.map(\.put) }
        offset = end
      }
    }
    #expect(named.count == expected.1.count)
    #expect(named.allSatisfy { $0 > 0 }, "every change of the host's own names its put")
    let reopened = try JournalStore.open(folder: dir.path)
    let actual = Sample.everything(reopened)
    #expect(actual.0 == expected.0)
    #expect(actual.1 == expected.1)
    #expect(reopened.memory.verbatim.isEmpty)
  }

  @Test func aSnapshotWhoseHistoryNamesAMissingPutDoesNotOpen() throws {
    let dir = try DataDir()
    try FileManager.default.createDirectory(atPath: dir.path, withIntermediateDirectories: true)
    let clearance = Sample.clearance(1)
    let change = ChangeRecord(
      seq: 1, vin: "", brand: "kia", status: .pending, previousStatus: nil, reason: nil,
      timestamp: clearance.changelog[0].timestamp, tags: clearance.tags)
    var file = FormatVersion.current.snapshotMagic
    RecordFraming.append(RecordCodec.encode(.put(clearance, [])), to: &file)
    RecordFraming.append(RecordCodec.encode(.history([SnapshotChange(put: 2, change: change)])), to: &file)
    RecordFraming.append(RecordCodec.encode(.end(clearances: 1, changes: 1)), to: &file)
    try Data(file).write(to: dir.url("snapshot-1.snap"))
    #expect {
      _ = try JournalStore.open(folder: dir.path)
    } throws: { "\($0)".contains("snapshot-1.snap is corrupt at offset") && "\($0)".contains("names put record 2") }
  }
}
