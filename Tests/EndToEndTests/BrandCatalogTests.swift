import JSON
import Testing

/// `brands.list` with the shipped plugins.json: every brand with what its
/// adapter must declare, and every declared reason reachable.
@Suite struct BrandCatalogTests {
  @Test func brandsListShowsEveryShippedBrandAsDeclared() throws {
    let host = try HostProcess()
    let entries = try #require(try host.result("brands.list")["brands"]?.arrayValue)
    #expect(entries.compactMap { $0["brand"]?.stringValue } == Shipped.brands.sorted())
    for entry in entries {
      guard let brand = entry["brand"]?.stringValue, Shipped.brands.contains(brand) else { continue }
      Self.expect(entry, declares: Shipped.adapter(brand: brand))
    }
  }

  static func expect(_ entry: JSON, declares adapter: ShippedAdapter) {
    let brand = entry["brand"]?.stringValue ?? "?"
    #expect(entry["group"] == .string(adapter.group), "\(brand)")
    #expect(entry["adapter"] == .string(adapter.id), "\(brand)")
    #expect(entry["can_cancel"] == .bool(adapter.canCancel), "\(brand)")
    let minimumAge: JSON = adapter.canCancel ? .number(JSONNumber(Shipped.cancelMinimumAgeSeconds)) : .null
    #expect(entry["cancel_min_age_seconds"] == minimumAge, "\(brand)")
    #expect(entry["required_tags"] == .array(adapter.requiredTags.keys.sorted().map { .string($0) }), "\(brand)")
    #expect(entry["approve_requires_data"] == .bool(adapter.approveRequiresData), "\(brand)")
    #expect(entry["add_during_transition"] == (adapter.addDuringTransition.map { .string($0) } ?? .null), "\(brand)")
    expectReasons(entry, brand: brand, group: adapter.group)
    let events = (entry["events"]?.arrayValue ?? []).map { event in
      ["event", "effect", "reason"].map { event[$0]?.stringValue ?? "-" }.joined(separator: " | ")
    }
    let expectedEvents = adapter.events.map { "\($0.id) | \($0.effect) | \($0.reason ?? "-")" }
    #expect(events.sorted() == expectedEvents.sorted(), "\(brand)")
    #expect(entry["timers"] == .array(adapter.timers.map(timerJSON)), "\(brand)")
  }

  /// The seed's rows for the group (Global ones included), with the seed's
  /// descriptions, empty ones included.
  static func expectReasons(_ entry: JSON, brand: String, group: String) {
    let declared = entry["reasons"]?.arrayValue ?? []
    let keys = declared.map { "\($0["kind"]?.stringValue ?? "?") | \($0["reason"]?.stringValue ?? "?")" }
    let seedRows = SeedTables.rows(for: group)
    #expect(keys.sorted() == seedRows.map { "\($0.kind.rawValue) | \($0.reason)" }.sorted(), "\(brand)")
    for row in seedRows {
      let match = declared.first { $0["kind"] == .string(row.kind.rawValue) && $0["reason"] == .string(row.reason) }
      #expect(match?["description"] == .string(row.description), "\(brand): \(row.kind) \"\(row.reason)\"")
    }
  }

  static func timerJSON(_ timer: ShippedAdapter.Timer) -> JSON {
    [
      "status": "pending",
      "reason": timer.whilePending.map { .string($0) } ?? .null,
      "counts_from": .string(timer.countsFrom),
      "unless_data_received": .bool(timer.unlessDataReceived),
      "after_seconds": .number(JSONNumber(timer.afterDays * Fleet.day)),
      "effect": "reject",
      "then_reason": .string(timer.thenReason),
    ]
  }

  @Test(arguments: Shipped.brands)
  func everyDeclaredReasonIsReachedByAReport(_ brand: String) throws {
    let host = try HostProcess(only: Shipped.adapter(brand: brand))
    let entries = try #require(try host.result("brands.list")["brands"]?.arrayValue)
    let entry = try #require(entries.first { $0["brand"] == .string(brand) })
    let events = entry["events"]?.arrayValue ?? []
    for (index, declared) in (entry["reasons"]?.arrayValue ?? []).enumerated() {
      let reason = declared["reason"] ?? .null
      let pending = declared["kind"] == "pending"
      let reporting = events.first { $0["effect"] == (pending ? "pending" : "reject") && $0["reason"] == reason }
      guard let event = reporting?["event"]?.stringValue else {
        Issue.record("\(brand): no event reports \(declared["kind"] ?? .null) \(reason)")
        continue
      }
      let vin = "REACHTESTVIN" + String(100_000 + index).suffix(5)
      try Fleet.add(host, [Fleet.taggedVehicle(vin, brand: brand)])
      let answer = try Fleet.report(host, vin, event)
      #expect(answer["status"] == (pending ? "pending" : "rejected"), "\(brand): \(event)")
      #expect(answer["reason"] == reason, "\(brand): \(event)")
    }
  }
}
