import JSON
import Testing

/// `vehicles.list`: every filter field and operator, limits and paging.
@Suite struct ListTests {
  /// Four clearances, added an hour apart:
  /// A1 kia pending {fleet: north}, A2 kia approved {fleet: south, region: eu},
  /// A3 volkswagen pending, A4 audi rejected.
  static func fleet() throws -> HostProcess {
    let host = try HostProcess()
    try Fleet.add(host, [Fleet.vehicle("AAAAAAAAAAAAAAAA1", "kia", tags: ["fleet": "north"])])
    _ = try Fleet.advance(host, seconds: 3600)
    try Fleet.add(host, [Fleet.vehicle("AAAAAAAAAAAAAAAA2", "kia", tags: ["fleet": "south", "region": "eu"])])
    _ = try Fleet.advance(host, seconds: 3600)
    try Fleet.add(host, [Fleet.vw("AAAAAAAAAAAAAAAA3")])
    _ = try Fleet.advance(host, seconds: 3600)
    try Fleet.add(host, [Fleet.vehicle("AAAAAAAAAAAAAAAA4", "audi")])
    _ = try Fleet.advance(host, seconds: 3600)
    try Fleet.report(host, "AAAAAAAAAAAAAAAA2", "activation_succeeded")  // 04:00
    return host
  }

  static func vins(_ host: HostProcess, _ filter: JSON, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> [String]
  {
    let result = try host.result("vehicles.list", ["filter": filter], sourceLocation: sourceLocation)
    return (result["vehicles"]?.arrayValue ?? []).compactMap { $0["vin"]?.stringValue.map { String($0.suffix(1)) } }
  }

  static func condition(_ op: String, _ value: JSON) -> JSON { ["operator": .string(op), "value": value] }

  @Test func everyFieldAndOperator() throws {
    let host = try Self.fleet()
    let cases: [(JSON, [String])] = [
      (["vin": Self.condition("eq", "aaaaaaaaaaaaaaaa2")], ["2"]),
      (["vin": Self.condition("in", ["AAAAAAAAAAAAAAAA1", "AAAAAAAAAAAAAAAA4", "ZZZ"])], ["1", "4"]),
      (["status": Self.condition("eq", "pending")], ["1", "3"]),
      (["status": Self.condition("in", ["approved", "rejected"])], ["2", "4"]),
      (["brand": Self.condition("eq", "kia")], ["1", "2"]),
      (["brand": Self.condition("in", ["audi", "volkswagen"])], ["3", "4"]),
      (["brand": Self.condition("eq", "nissan")], []),
      (["tags": Self.condition("eq", ["fleet": "south", "region": "eu"])], ["2"]),
      (["tags": Self.condition("eq", ["fleet": "south"])], []),
      (["tags": Self.condition("contains", ["fleet": "south"])], ["2"]),
      (["tags": Self.condition("contains", [:])], ["1", "2", "3", "4"]),
      (["inserted_at": Self.condition("eq", "2026-01-01T01:00:00Z")], ["2"]),
      (["inserted_at": Self.condition("lt", "2026-01-01T01:00:00Z")], ["1"]),
      (["inserted_at": Self.condition("lte", "2026-01-01T01:00:00Z")], ["1", "2"]),
      (["inserted_at": Self.condition("gt", "2026-01-01T01:00:00Z")], ["3", "4"]),
      (["inserted_at": Self.condition("gte", "2026-01-01T03:00:00+01:00")], ["3", "4"]),
      (
        ["inserted_at": [Self.condition("gte", "2026-01-01T01:00:00Z"), Self.condition("lt", "2026-01-01T03:00:00Z")]],
        ["2", "3"]
      ),
      (["approved_at": Self.condition("gte", "2026-01-01T00:00:00Z")], ["2"]),
      (["updated_at": Self.condition("eq", "2026-01-01T04:00:00Z")], ["2"]),
      (["status": Self.condition("eq", "pending"), "brand": Self.condition("eq", "kia")], ["1"]),
    ]
    for (filter, expected) in cases {
      #expect(try Self.vins(host, filter) == expected, "filter \(JSONWriter.string(filter))")
    }
  }

  @Test func invalidFiltersAreInvalidParams() throws {
    let host = try HostProcess()
    let cases: [(JSON, String)] = [
      (["color": Self.condition("eq", "red")], "filter.color"),
      (["status": Self.condition("eq", "done")], "filter.status.value"),
      (["status": Self.condition("like", "pending")], "filter.status.operator"),
      (["status": Self.condition("in", [])], "filter.status.value"),
      (["status": []], "filter.status"),
      (["tags": Self.condition("in", ["a": "b"])], "filter.tags.operator"),
      (["inserted_at": Self.condition("gt", "noon")], "filter.inserted_at.value"),
      (["brand": Self.condition("eq", 5)], "filter.brand.value"),
      // A bad operator is named first, whatever the value (regression: time
      // and tags fields named the value).
      (["inserted_at": Self.condition("bogus", 5)], "filter.inserted_at.operator"),
      (["tags": Self.condition("in", ["x"])], "filter.tags.operator"),
      (["status": Self.condition("lt", 5)], "filter.status.operator"),
      (["approved_at": ["operator": "between"]], "filter.approved_at.operator"),
      (["vin": ["value": "x"]], "filter.vin.operator"),
    ]
    for (filter, source) in cases {
      let error = try host.error("vehicles.list", ["filter": filter])
      #expect(error["code"] == -32602, "filter \(JSONWriter.string(filter))")
      #expect(error["data"]?["source"] == .string(source), "filter \(JSONWriter.string(filter))")
    }
    let wrongOperator = try host.error("vehicles.list", ["filter": ["status": Self.condition("lt", "pending")]])
    #expect(wrongOperator["data"]?["detail"] == "status takes the operators eq and in, not \"lt\"")
    for limit: JSON in [0, 10_001, "5", 1.5] {
      let error = try host.error("vehicles.list", ["limit": limit])
      #expect(error["data"]?["source"] == "limit")
    }
    #expect(try host.error("vehicles.list", ["cursor": "nonsense"])["data"]?["source"] == "cursor")
  }

  @Test func pagingAcrossChanges() throws {
    let host = try Self.fleet()
    let pending = Self.condition("in", ["pending", "rejected", "approved"])
    let first = try host.result("vehicles.list", ["filter": ["status": pending], "limit": 2])
    #expect(
      first["vehicles"]?.arrayValue?.compactMap { $0["vin"]?.stringValue } == [
        "AAAAAAAAAAAAAAAA1", "AAAAAAAAAAAAAAAA2",
      ])
    #expect(first["vehicles"]?.arrayValue?.first?["changelog"] != nil, "list includes changelogs")
    let cursor = try #require(first["next_cursor"])
    #expect(cursor != .null)

    // Between pages: one added before the cursor, one after; A3 leaves the filter.
    try Fleet.add(host, [Fleet.vehicle("AAAAAAAAAAAAAAAA0", "kia"), Fleet.vehicle("AAAAAAAAAAAAAAAA5", "kia")])
    try Fleet.report(host, "AAAAAAAAAAAAAAAA3", "activation_error")

    let second = try host.result("vehicles.list", ["filter": ["status": pending], "limit": 2, "cursor": cursor])
    #expect(
      second["vehicles"]?.arrayValue?.compactMap { $0["vin"]?.stringValue } == [
        "AAAAAAAAAAAAAAAA4", "AAAAAAAAAAAAAAAA5",
      ])
    #expect(second["next_cursor"] == .null, "a last page exactly limit long has a null cursor")
  }

  @Test func defaultListReturnsEverythingInVINOrder() throws {
    let host = try Self.fleet()
    let result = try host.result("vehicles.list")
    #expect(result["vehicles"]?.arrayValue?.count == 4)
    #expect(result["next_cursor"] == .null)
  }
}
