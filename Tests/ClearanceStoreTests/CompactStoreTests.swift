import ClearanceCore
import Testing

@testable import ClearanceStore

/// The packed layout of `InMemoryStore`: what is shared, what the history
/// points at, and how rollbacks leave it.
@Suite struct CompactStoreTests {
  static let start = Timestamp(secondsSinceEpoch: 1_767_225_600)
  static let acme = [Tag(key: "customer", value: "ACME Fleet Services")]
  static let kia = BrandRules(brand: "kia", group: "Kia")

  /// Saves like `FleetHost.record`: one numbered change per new entry.
  static func record(
    _ clearance: Clearance, previous: ClearanceStatus?, entries: [ChangelogEntry], in store: InMemoryStore
  ) {
    var previousStatus = previous
    var seq = store.nextSeq
    var changes: [ChangeRecord] = []
    for entry in entries {
      changes.append(
        ChangeRecord(
          seq: seq, vin: clearance.vin, brand: clearance.brand, status: entry.status, previousStatus: previousStatus,
          reason: entry.reason, timestamp: entry.timestamp, tags: clearance.tags))
      previousStatus = entry.status
      seq += 1
    }
    store.save(clearance, changes: changes)
  }

  static func vin(_ number: Int) -> String {
    "KNAB" + String(repeating: "0", count: 13 - String(number).count) + String(number)
  }

  @Test func aFleetSharesItsBrandTagsAndReasons() throws {
    let store = InMemoryStore()
    for number in 1...1_000 {
      let clearance = Clearance(
        vin: Self.vin(number), brand: "kia", tags: Self.acme, verdict: .eligible(pendingReason: nil), at: Self.start)
      Self.record(clearance, previous: nil, entries: clearance.changelog, in: store)
    }
    for number in 1...1_000 {
      var clearance = try #require(store.clearance(vin: Self.vin(number)))
      let entry = try #require(
        try clearance.apply(.approve, reason: nil, rules: Self.kia, at: Self.start.adding(seconds: 1)))
      Self.record(clearance, previous: .pending, entries: [entry], in: store)
    }
    #expect(store.count == 1_000)
    #expect(store.slots.count == 1_000)
    #expect(store.brands.count == 1)
    #expect(store.tagSets.count == 1)
    #expect(store.reasons.count == 0)
    #expect(store.entries.count == 2_000, "two changelog entries each, stored once")
    #expect(store.history.count == 2_000)
    #expect(store.verbatim.isEmpty)
    #expect(MemoryLayout<StoredClearance>.stride == 40)
    #expect(MemoryLayout<StoredEntry>.stride == 16)
    #expect(MemoryLayout<HistoryRef>.stride == 16)
    #expect(MemoryLayout<PackedVIN>.stride == 16)
    let last = try #require(store.clearance(vin: Self.vin(1_000)))
    #expect(last.status == .approved && last.tags == Self.acme && last.changelog.count == 2)
  }

  @Test func theHistoryKeepsTheBrandAndTagsOfItsTimeAcrossReactivation() throws {
    let store = InMemoryStore()
    let vin = Self.vin(7)
    let otherTags = [Tag(key: "customer", value: "Other Fleet Services"), Tag(key: "depot", value: "north")]
    var clearance = Clearance(
      vin: vin, brand: "kia", tags: Self.acme, verdict: .notEligible(reason: "VIN is assigned elsewhere"),
      at: Self.start)
    Self.record(clearance, previous: nil, entries: clearance.changelog, in: store)
    let later = Self.start.adding(seconds: 60)
    let pending = clearance.reactivate(
      brand: "peugeot", tags: otherTags, verdict: .eligible(pendingReason: nil), at: later)
    Self.record(clearance, previous: .rejected, entries: [pending], in: store)
    let approved = try #require(
      try clearance.apply(
        .approve, reason: nil, rules: BrandRules(brand: "peugeot", group: "S"), at: later.adding(seconds: 5)))
    Self.record(clearance, previous: .pending, entries: [approved], in: store)

    #expect(store.clearance(vin: vin) == clearance)
    #expect(store.clearance(vin: vin)?.changelog.count == 3)
    let changes = store.changes(after: 0, limit: 10)
    #expect(changes.map(\.seq) == [1, 2, 3])
    #expect(changes.map(\.brand) == ["kia", "peugeot", "peugeot"])
    #expect(changes.map(\.tags) == [Self.acme, otherTags, otherTags])
    #expect(changes.map(\.status) == [.rejected, .pending, .approved])
    #expect(changes.map(\.previousStatus) == [nil, .rejected, .pending])
    #expect(changes.map(\.reason) == ["VIN is assigned elsewhere", nil, nil])
    #expect(changes.map(\.timestamp) == [Self.start, later, later.adding(seconds: 5)])
    #expect(store.entries.count == 3)
    #expect(store.verbatim.isEmpty)
    #expect(store.countsByBrand() == ["peugeot": 1])
    let byBrand = store.page(
      after: nil, limit: 10, scope: .brands(["kia"]), matches: { _ in true }, shouldStop: { false })
    #expect(byBrand.clearances.isEmpty, "the kia index still names the slot, but it is stale")
  }

  @Test func aSnapshotsHistoryPointsAtTheChangelogs() throws {
    let source = InMemoryStore()
    for number in 1...20 {
      var clearance = Clearance(
        vin: Self.vin(number), brand: "kia", tags: Self.acme, verdict: .eligible(pendingReason: "no data received"),
        at: Self.start)
      Self.record(clearance, previous: nil, entries: clearance.changelog, in: source)
      if number % 2 == 0 {
        let entry = try #require(try clearance.apply(.reject, reason: "late", rules: Self.kia, at: Self.start))
        Self.record(clearance, previous: .pending, entries: [entry], in: source)
      }
      if number % 4 == 0 {
        let entry = clearance.reactivate(
          brand: "peugeot", tags: [Tag(key: "customer", value: "fleet \(number)")],
          verdict: .eligible(pendingReason: nil), at: Self.start.adding(seconds: 3))
        Self.record(clearance, previous: .rejected, entries: [entry], in: source)
      }
    }
    // What loading a snapshot does: every clearance without changes, then the history.
    let loaded = InMemoryStore()
    source.forEach { loaded.save($0, changes: []) }
    let history = source.changes(after: 0, limit: 1_000)
    loaded.appendHistory(history)
    #expect(loaded.changes(after: 0, limit: 1_000) == history)
    #expect(loaded.verbatim.isEmpty)
    #expect(loaded.entries.count == 35)
    // Loaded in slices of three, as a snapshot's history records come.
    let sliced = InMemoryStore()
    source.forEach { sliced.save($0, changes: []) }
    for start in stride(from: 0, to: history.count, by: 3) {
      sliced.appendHistory(Array(history[start..<min(history.count, start + 3)]))
    }
    #expect(sliced.changes(after: 0, limit: 1_000) == history)
    #expect(sliced.verbatim.isEmpty)
    #expect(sliced.snapshotCursor.count == 20)
    sliced.save(try #require(sliced.clearance(vin: Self.vin(1))), changes: [])
    #expect(sliced.snapshotCursor.isEmpty, "a save ends the snapshot's history")
    #expect(loaded.changes(after: 0, limit: 1_000).filter { $0.brand == "peugeot" }.count == 5)
  }

  @Test func changesThatMatchNoEntryAreKeptWhole() throws {
    let store = InMemoryStore()
    let clearance = Clearance(
      vin: Self.vin(1), brand: "kia", tags: Self.acme, verdict: .eligible(pendingReason: nil), at: Self.start)
    let odd = [
      ChangeRecord(
        seq: 1, vin: Self.vin(1), brand: "kia", status: .approved, previousStatus: nil, reason: "not in the log",
        timestamp: Self.start, tags: []),
      ChangeRecord(
        seq: 9, vin: "SOMEWHERE ELSE", brand: "x", status: .pending, previousStatus: .error, reason: nil,
        timestamp: Self.start, tags: Self.acme),
    ]
    store.save(clearance, changes: odd)
    #expect(store.changes(after: 0, limit: 10) == odd)
    #expect(store.verbatim.count == 2)
    #expect(store.nextSeq == 3)
    store.restore(vin: Self.vin(1), to: nil, historyCount: 1)
    #expect(store.changes(after: 0, limit: 10) == [odd[0]])
    #expect(store.verbatim.count == 1)
  }

  @Test func aChangeMayNameOtherTagsAndBrandThanItsClearance() throws {
    let store = InMemoryStore()
    let clearance = Clearance(
      vin: Self.vin(1), brand: "kia", tags: Self.acme, verdict: .eligible(pendingReason: nil), at: Self.start)
    let change = ChangeRecord(
      seq: 1, vin: Self.vin(1), brand: "mini", status: .pending, previousStatus: .canceled, reason: nil,
      timestamp: Self.start, tags: [Tag(key: "depot", value: "south")])
    store.save(clearance, changes: [change])
    #expect(store.changes(after: 0, limit: 10) == [change])
    #expect(store.verbatim.isEmpty)
    #expect(store.countsByBrand() == ["kia": 1])
  }

  @Test func oddVINsWorkAndChangesKeepTheirSpelling() throws {
    let store = InMemoryStore()
    let composed = "\u{C9}COLE-1"
    let decomposed = "E\u{301}COLE-1"
    let first = Clearance(vin: composed, brand: "kia", tags: [], verdict: .eligible(pendingReason: nil), at: Self.start)
    Self.record(first, previous: nil, entries: first.changelog, in: store)
    // The same VIN as String sees it, spelled otherwise: found, and its change keeps that spelling.
    var second = first
    second.vin = decomposed
    let entry = try #require(try second.apply(.approve, reason: nil, rules: Self.kia, at: Self.start))
    Self.record(second, previous: .pending, entries: [entry], in: store)
    #expect(store.count == 1)
    let changes = store.changes(after: 0, limit: 5)
    #expect(changes.map { Array($0.vin.utf8) } == [Array(composed.utf8), Array(decomposed.utf8)])
    #expect(store.clearance(vin: composed)?.status == .approved)
    let packed = Clearance(
      vin: Self.vin(5), brand: "kia", tags: [], verdict: .eligible(pendingReason: nil), at: Self.start)
    Self.record(packed, previous: nil, entries: packed.changelog, in: store)
    let page = store.page(after: nil, limit: 5, scope: .all, matches: { _ in true }, shouldStop: { false })
    #expect(page.clearances.map(\.vin) == [Self.vin(5), composed])
  }

  @Test func aRolledBackInsertLeavesNoTrace() throws {
    let store = InMemoryStore()
    let first = Clearance(
      vin: Self.vin(2), brand: "kia", tags: Self.acme, verdict: .eligible(pendingReason: nil), at: Self.start)
    Self.record(first, previous: nil, entries: first.changelog, in: store)
    let second = Clearance(
      vin: Self.vin(1), brand: "kia", tags: [], verdict: .eligible(pendingReason: nil), at: Self.start)
    Self.record(second, previous: nil, entries: second.changelog, in: store)
    store.restore(vin: Self.vin(1), to: nil, historyCount: 1)
    #expect(store.clearance(vin: Self.vin(1)) == nil)
    #expect(store.count == 1)
    #expect(store.nextSeq == 2)
    #expect(store.countsByStatus() == [.pending: 1])
    // The same VIN again gets a new slot; the dead one is skipped.
    Self.record(second, previous: nil, entries: second.changelog, in: store)
    #expect(store.slots.count == 3)
    for scope in [ListScope.all, .statuses([.pending]), .brands(["kia"]), .vins([Self.vin(1), Self.vin(2)])] {
      let page = store.page(after: nil, limit: 10, scope: scope, matches: { _ in true }, shouldStop: { false })
      #expect(page.clearances.map(\.vin) == [Self.vin(1), Self.vin(2)], "\(scope)")
    }
    #expect(store.changes(after: 0, limit: 10).map(\.vin) == [Self.vin(2), Self.vin(1)])
  }

  @Test func aRolledBackReportPutsTheShorterChangelogBack() throws {
    let store = InMemoryStore()
    let pending = Clearance(
      vin: Self.vin(3), brand: "kia", tags: Self.acme, verdict: .eligible(pendingReason: nil), at: Self.start)
    Self.record(pending, previous: nil, entries: pending.changelog, in: store)
    var approved = pending
    let entry = try #require(
      try approved.apply(.approve, reason: nil, rules: Self.kia, at: Self.start.adding(seconds: 9)))
    let count = store.historyCount
    Self.record(approved, previous: .pending, entries: [entry], in: store)
    store.restore(vin: pending.vin, to: pending, historyCount: count)
    #expect(store.clearance(vin: pending.vin) == pending)
    #expect(store.countsByStatus() == [.pending: 1])
    #expect(store.changes(after: 0, limit: 10).count == 1)
    // Approving again appends after the kept entry.
    Self.record(approved, previous: .pending, entries: [entry], in: store)
    #expect(store.clearance(vin: pending.vin) == approved)
    #expect(store.changes(after: 0, limit: 10).map(\.status) == [.pending, .approved])
    let page = store.page(
      after: nil, limit: 10, scope: .statuses([.pending]), matches: { _ in true }, shouldStop: { false })
    #expect(page.clearances.isEmpty)
  }
}
