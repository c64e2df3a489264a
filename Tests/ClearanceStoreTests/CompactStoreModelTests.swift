import ClearanceCore
import TestSupport
import Testing

@testable import ClearanceStore

/// Random operations on the packed `InMemoryStore` and on `ReferenceStore`
/// side by side: adds, reports, deletes, re-activations under other brands
/// and tags, and failed commits rolled back the way `JournalStore` does it.
/// After every step both must answer every read the same way.
@Suite struct CompactStoreModelTests {
  static let rules = [
    BrandRules(brand: "kia", group: "Kia"),
    BrandRules(brand: "peugeot", group: "Stellantis", canCancel: true, cancelMinAgeSeconds: 0),
    BrandRules(brand: "volkswagen", group: "VW", canCancel: true, cancelMinAgeSeconds: 0, approveRequiresData: true),
  ]
  static let tagSets: [[Tag]] = [
    [], [Tag(key: "customer", value: "ACME Fleet Services")], [Tag(key: "customer", value: "Caf\u{E9} Fleet")],
    [Tag(key: "customer", value: "Cafe\u{301} Fleet")], [Tag(key: "a", value: "1"), Tag(key: "b", value: "2")],
  ]
  static let reasons: [String?] = [nil, "no data received", "privacy mode is enabled", "Caf\u{E9}", "Cafe\u{301}"]

  /// Mostly packable VINs, a few odd ones the packed key cannot hold.
  static let vins: [String] =
    (1...40).map { "KNAB" + String(repeating: "0", count: 13 - String($0).count) + String($0) }
    + ["KNA", "KNAB00000000000015", "knab0000000000001", "ZZ-1", "\u{C9}COLE00000000001"]

  struct Run {
    var random: SeededRandom
    let store = InMemoryStore()
    let reference = ReferenceStore()
    var undo: [(vin: String, old: Clearance?, historyCount: Int)] = []
    /// What each save replaced, as `JournalStore` keeps it.
    var replaced: [InMemoryStore.Replaced] = []
    var now = Timestamp(secondsSinceEpoch: 1_767_225_600)

    mutating func step() {
      now = now.adding(seconds: Int64.random(in: 0...3, using: &random))
      let vin = random.pick(CompactStoreModelTests.vins)
      let existing = reference.clearances[vin]
      let rules = random.pick(CompactStoreModelTests.rules)
      let tags = random.pick(CompactStoreModelTests.tagSets)
      let reason = random.pick(CompactStoreModelTests.reasons)
      let verdict: EligibilityVerdict =
        random.chance(80) ? .eligible(pendingReason: reason) : .notEligible(reason: reason ?? "x")
      guard var clearance = existing else {
        return record(Clearance(vin: vin, brand: rules.brand, tags: tags, verdict: verdict, at: now), previous: nil)
      }
      let previous = clearance.status
      var entries: [ChangelogEntry] = []
      if !clearance.status.isActive && random.chance(50) {
        entries.append(clearance.reactivate(brand: rules.brand, tags: tags, verdict: verdict, at: now))
      } else if random.chance(20) {
        if let entry = try? clearance.delete(rules: rules, at: now) { entries.append(entry) }
      } else {
        let effect = random.pick([Effect.approve, .dataReceived, .pending, .reject, .error, .revoked, .canceled])
        let brandRules = CompactStoreModelTests.rules.first { $0.brand == clearance.brand } ?? rules
        if let entry = try? clearance.apply(effect, reason: reason, rules: brandRules, at: now) {
          entries.append(entry)
        }
      }
      record(clearance, previous: previous, entries: entries)
    }

    /// Numbers the new entries like `FleetHost.record`.
    mutating func record(_ clearance: Clearance, previous: ClearanceStatus?, entries: [ChangelogEntry]? = nil) {
      var previousStatus = previous
      var seq = store.nextSeq
      var changes: [ChangeRecord] = []
      for entry in entries ?? clearance.changelog {
        changes.append(
          ChangeRecord(
            seq: seq, vin: clearance.vin, brand: clearance.brand, status: entry.status,
            previousStatus: previousStatus, reason: entry.reason, timestamp: entry.timestamp, tags: clearance.tags))
        previousStatus = entry.status
        seq += 1
      }
      undo.append((clearance.vin, store.clearance(vin: clearance.vin), store.historyCount))
      replaced.append(store.put(clearance, changes: changes))
      reference.save(clearance, changes: changes)
    }

    mutating func commitOrFail() {
      if random.chance(25) {
        // Both ways of undoing: from what each save replaced (the journal
        // store's) and by saving the old clearance again.
        let fromReplaced = random.chance(50)
        let saves = store.saveCount
        for (entry, replaced) in zip(undo, replaced).reversed() {
          if fromReplaced {
            store.undo(replaced)
          } else {
            store.restore(vin: entry.vin, to: entry.old, historyCount: entry.historyCount)
          }
          reference.restore(vin: entry.vin, to: entry.old, historyCount: entry.historyCount)
        }
        #expect(store.saveCount - saves == undo.filter { $0.old != nil }.count, "one save per value put back")
      }
      undo.removeAll()
      replaced.removeAll()
    }

    mutating func compare() {
      #expect(store.count == reference.count)
      #expect(store.nextSeq == reference.nextSeq)
      #expect(store.countsByStatus() == reference.countsByStatus())
      #expect(store.countsByBrand() == reference.countsByBrand())
      for vin in CompactStoreModelTests.vins { expectIdentical(store.clearance(vin: vin), reference.clearances[vin]) }
      var all: [Clearance] = []
      store.forEach { all.append($0) }
      #expect(all.sorted { $0.vin < $1.vin } == reference.clearances.values.sorted { $0.vin < $1.vin })
      compareScan()
      let history = store.changes(after: 0, limit: 100_000)
      #expect(history == reference.history)
      for (change, expected) in zip(history, reference.history) {
        #expect(Array(change.vin.utf8) == Array(expected.vin.utf8))
        #expect(change.reason.map { Array($0.utf8) } == expected.reason.map { Array($0.utf8) })
        #expect(change.tags.map { Array($0.value.utf8) } == expected.tags.map { Array($0.value.utf8) })
      }
      let after = Int64.random(in: 0...Int64(history.count + 2), using: &random)
      let limit = Int.random(in: 1...5, using: &random)
      #expect(store.changes(after: after, limit: limit) == reference.changes(after: after, limit: limit))
      comparePages()
      compareReloaded()
    }

    /// The scan by brand and status yields exactly the clearances the
    /// filter accepts, and asks about pairs, not about each clearance.
    mutating func compareScan() {
      let statuses = Set((0..<3).map { _ in random.pick(ClearanceStatus.allCases) })
      let brand = random.pick(CompactStoreModelTests.rules).brand
      let include = { (clearance: Clearance) in clearance.brand == brand || statuses.contains(clearance.status) }
      var asked: [String] = []
      var found: [Clearance] = []
      store.forEach(brandAndStatus: { brandName, status in
        asked.append("\(brandName) \(status)")
        return brandName == brand || statuses.contains(status)
      }) { found.append($0) }
      let expected = reference.clearances.values.filter(include).sorted { $0.vin < $1.vin }
      #expect(found.sorted { $0.vin < $1.vin } == expected)
      #expect(Set(asked).count == asked.count, "each pair asked once")
      if expected.isEmpty { #expect(found.isEmpty) }
    }

    /// What loading a snapshot of the store gives: the same clearances and
    /// history, the history still pointing at the changelogs.
    func compareReloaded() {
      let reloaded = InMemoryStore()
      store.forEach { reloaded.save($0, changes: []) }
      reloaded.appendHistory(store.changes(after: 0, limit: 100_000))
      #expect(reloaded.changes(after: 0, limit: 100_000) == reference.history)
      #expect(reloaded.verbatim.isEmpty)
      for vin in CompactStoreModelTests.vins { #expect(reloaded.clearance(vin: vin) == reference.clearances[vin]) }
      // The way recovery loads a snapshot: through encoded records, the
      // history naming clearances by put.
      do {
        SnapshotLoadTests.expectSame(try SnapshotLoadTests.load(store, slice: 2), store)
      } catch { Issue.record("loading the snapshot failed: \(error)") }
    }

    mutating func comparePages() {
      let scope = random.pick([
        ListScope.all, .statuses([.pending]), .statuses([.approved, .rejected, .pending]), .brands(["kia"]),
        .brands(["peugeot", "volkswagen", "nobody"]), .vins(Array(CompactStoreModelTests.vins.prefix(7)) + ["KNA"]),
      ])
      let withTag = random.chance(30)
      let matches = { (clearance: Clearance) in !withTag || !clearance.tags.isEmpty }
      let limit = Int.random(in: 1...9, using: &random)
      var cursor: String? = random.chance(20) ? random.pick(["KNAB00000000000015", "KNA", "A", "zz"]) : nil
      for _ in 0..<40 {
        let page = store.page(after: cursor, limit: limit, scope: scope, matches: matches, shouldStop: { false })
        let expected = reference.page(after: cursor, limit: limit, scope: scope, matches: matches)
        #expect(page.clearances == expected.0, "\(scope) after \(cursor ?? "start")")
        #expect(page.hasMore == expected.1)
        guard page.hasMore, let last = page.clearances.last else { return }
        cursor = last.vin
      }
    }

    func expectIdentical(_ actual: Clearance?, _ expected: Clearance?) {
      #expect(actual == expected)
      guard let actual, let expected else { return }
      #expect(Array(actual.vin.utf8) == Array(expected.vin.utf8))
      #expect(actual.tags.map { Array($0.value.utf8) } == expected.tags.map { Array($0.value.utf8) })
      #expect(
        actual.changelog.map { $0.reason.map { Array($0.utf8) } }
          == expected.changelog.map { $0.reason.map { Array($0.utf8) } })
    }
  }

  @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
  func answersLikeTheReferenceStore(seed: UInt64) {
    var run = Run(random: SeededRandom(seed: seed))
    for _ in 0..<60 {
      for _ in 0..<Int.random(in: 1...8, using: &run.random) { run.step() }
      run.commitOrFail()
      run.compare()
    }
    #expect(run.store.verbatim.isEmpty, "every change the host makes points at a stored entry")
  }
}
