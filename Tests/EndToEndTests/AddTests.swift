import JSON
import Testing

/// `vehicles.add`: items per input, idempotence, error items, re-adding.
@Suite struct AddTests {
  @Test func itemsComeInInputOrderWithErrorItems() throws {
    let host = try HostProcess()
    let items = try Fleet.add(
      host,
      [
        Fleet.vehicle("KNAAAAAAAAAAAAAA1", "kia"),
        Fleet.vehicle("bad vin", "kia"),
        Fleet.vehicle("knaaaaaaaaaaaaaa1", "kia"),
        Fleet.vehicle("KNAAAAAAAAAAAAAA3", "nissan"),
        Fleet.vehicle("KNAAAAAAAAAAAAAA4", "Kia"),
        42,
        ["vin": "KNAAAAAAAAAAAAAA5"],
        ["vin": 7, "brand": "kia"],
        ["vin": "KNAAAAAAAAAAAAAA6", "brand": "kia", "tags": ["a": 1]],
      ])
    #expect(items.count == 9)
    #expect(items[0]["status"] == "pending")
    #expect(items[1]["status"] == "error")
    #expect(items[1]["vin"] == "bad vin", "error items echo the vin as sent")
    #expect(items[1]["description"]?.stringValue?.hasPrefix("invalid VIN format") == true)
    #expect(items[2]["status"] == "error", "the same VIN again in one call")
    #expect(items[2]["vin"] == "knaaaaaaaaaaaaaa1")
    #expect(items[3]["description"]?.stringValue?.contains("no adapter") == true)
    #expect(items[4]["status"] == "error", "brands are matched exactly")
    #expect(items[5]["vin"] == .null)
    #expect(items[6]["description"] == "brand is missing")
    #expect(items[7]["vin"] == 7)
    #expect(items[8]["status"] == "error")
    #expect(
      try host.error("vehicles.get", ["vin": "KNAAAAAAAAAAAAAA6"])["code"] == -32001, "error items change nothing")
  }

  @Test func addingAgainIsIdempotentAndKeepsTags() throws {
    let host = try HostProcess()
    try Fleet.add(host, [Fleet.vehicle("KNAAAAAAAAAAAAAA1", "kia", tags: ["fleet": "north"])])
    try Fleet.report(host, "KNAAAAAAAAAAAAAA1", "activation_succeeded")
    let again = try Fleet.add(host, [Fleet.vehicle("KNAAAAAAAAAAAAAA1", "kia", tags: ["fleet": "south"])])
    #expect(again.first?["status"] == "approved")
    #expect(again.first?["tags"]?["fleet"] == "north")
    let other = try Fleet.add(host, [Fleet.vw("KNAAAAAAAAAAAAAA1")])
    #expect(other.first?["status"] == "error", "an active clearance under another brand")
  }

  @Test func reAddingARemovedClearanceStartsANewActivation() throws {
    let host = try HostProcess()
    try Fleet.add(host, [Fleet.vehicle("KNAAAAAAAAAAAAAA1", "kia")])
    try Fleet.report(host, "KNAAAAAAAAAAAAAA1", "connectivity_disabled")
    _ = try Fleet.advance(host, seconds: 60)
    let readded = try Fleet.add(host, [Fleet.vw("KNAAAAAAAAAAAAAA1", brand: "seat")])
    #expect(readded.first?["status"] == "pending")
    #expect(readded.first?["brand"] == "seat")
    #expect(readded.first?["inserted_at"] == "2026-01-01T00:01:00Z")
    let stored = try Fleet.get(host, "KNAAAAAAAAAAAAAA1")
    #expect(
      Fleet.changelog(stored) == ["pending", "rejected: in-vehicle connectivity settings are disabled", "pending"])
  }

  @Test func malformedParamsAreInvalidParams() throws {
    let host = try HostProcess()
    for params: JSON in [[:], ["vehicles": "x"], ["vehicles": []]] {
      let error = try host.error("vehicles.add", params)
      #expect(error["code"] == -32602)
      #expect(error["data"]?["source"] == "vehicles")
    }
    let tooMany = JSON.array(Array(repeating: Fleet.vehicle("KNAAAAAAAAAAAAAA1", "kia"), count: 10_001))
    #expect(try host.error("vehicles.add", ["vehicles": tooMany])["code"] == -32602)
    #expect(try host.error("vehicles.add", [1, 2])["code"] == -32602, "params by position are not accepted")
  }
}
