import ClearanceCore
import JSON
import Testing

@testable import FleetClearanceHost

/// The straight-to-bytes encoders must write exactly the objects the
/// protocol describes; each check parses the bytes back with the parser.
@Suite struct ResponseEncodingTests {
  let tricky = "quote \" backslash \\ newline \n tab \t control \u{01} line-sep \u{2028} ünïcode 🚗"

  func parsed(_ value: some JSONEncodable) throws -> JSON {
    var buffer: [UInt8] = []
    value.encodeJSON(into: &buffer)
    #expect(!buffer.contains(10), "a raw newline would split the JSON-RPC line")
    return try JSONParser.parse(buffer)
  }

  func clearance(reason: String?, approved: Bool) -> Clearance {
    var changelog = [ChangelogEntry(timestamp: Timestamp(secondsSinceEpoch: 1_767_225_600), status: .pending)]
    if approved {
      changelog.append(
        ChangelogEntry(timestamp: Timestamp(secondsSinceEpoch: 1_767_225_661), status: .approved, reason: reason))
    }
    return Clearance(
      vin: "KNAAB12C3DE456789", brand: "kia",
      tags: [Tag(key: "customer", value: tricky), Tag(key: "z-first", value: ""), Tag(key: "a", value: "1")],
      changelog: changelog, insertedAt: Timestamp(secondsSinceEpoch: 1_767_225_600),
      approvedAt: approved ? Timestamp(secondsSinceEpoch: 1_767_225_661) : nil, dataReceived: false,
      activationReported: false)
  }

  @Test func clearanceWithChangelog() throws {
    let value = try parsed(ClearanceJSON(clearance: clearance(reason: tricky, approved: true), includeChangelog: true))
    let expected: JSON = [
      "vin": "KNAAB12C3DE456789", "brand": "kia", "status": "approved", "reason": .string(tricky),
      "tags": ["customer": .string(tricky), "z-first": "", "a": "1"],
      "inserted_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:01:01Z",
      "approved_at": "2026-01-01T00:01:01Z",
      "changelog": [
        ["timestamp": "2026-01-01T00:00:00Z", "status": "pending"],
        ["timestamp": "2026-01-01T00:01:01Z", "status": "approved", "reason": .string(tricky)],
      ],
    ]
    #expect(value == expected)
    #expect(value["tags"]?.objectValue?.keys == ["customer", "z-first", "a"], "tags keep their stored order")
  }

  /// Field order is part of what clients see (and diff): the exact bytes.
  @Test func exactBytesInProtocolOrder() {
    let plain = Clearance(
      vin: "KNAAB12C3DE456789", brand: "kia", tags: [Tag(key: "b", value: "2"), Tag(key: "a", value: "1")],
      changelog: [
        ChangelogEntry(timestamp: Timestamp(secondsSinceEpoch: 1_767_225_600), status: .pending, reason: "waiting"),
        ChangelogEntry(timestamp: Timestamp(secondsSinceEpoch: 1_767_225_661), status: .approved),
      ], insertedAt: Timestamp(secondsSinceEpoch: 1_767_225_600),
      approvedAt: Timestamp(secondsSinceEpoch: 1_767_225_661), dataReceived: false, activationReported: false)
    #expect(
      ClearanceJSON(clearance: plain, includeChangelog: true).jsonText
        == #"{"vin":"KNAAB12C3DE456789","brand":"kia","status":"approved","tags":{"b":"2","a":"1"},"#
        + #""inserted_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:01:01Z","#
        + #""approved_at":"2026-01-01T00:01:01Z","changelog":["#
        + #"{"timestamp":"2026-01-01T00:00:00Z","status":"pending","reason":"waiting"},"#
        + #"{"timestamp":"2026-01-01T00:01:01Z","status":"approved"}]}"#)
    let tricky = Clearance(
      vin: "KNAAB12C3DE456789", brand: "kia", tags: [Tag(key: "q\"", value: "line\nsep\u{2028}é")],
      changelog: [ChangelogEntry(timestamp: Timestamp(secondsSinceEpoch: 0), status: .pending)],
      insertedAt: Timestamp(secondsSinceEpoch: 0), approvedAt: nil, dataReceived: false, activationReported: false)
    #expect(
      ClearanceJSON(clearance: tricky, includeChangelog: false).jsonText
        == #"{"vin":"KNAAB12C3DE456789","brand":"kia","status":"pending","tags":{"q\"":"line\nsep\u2028é"},"#
        + #""inserted_at":"1970-01-01T00:00:00Z","updated_at":"1970-01-01T00:00:00Z"}"#)
    let change = ChangeRecord(
      seq: 3, vin: "KNAAB12C3DE456789", brand: "kia", status: .pending, previousStatus: nil, reason: "waiting",
      timestamp: Timestamp(secondsSinceEpoch: 1_767_225_600), tags: [])
    #expect(
      ChangeJSON(change: change).jsonText
        == #"{"seq":3,"vin":"KNAAB12C3DE456789","brand":"kia","status":"pending","previous_status":null,"#
        + #""reason":"waiting","timestamp":"2026-01-01T00:00:00Z","tags":{}}"#)
    let items = ItemsReply<AddItem>(
      key: "vehicles",
      items: [
        .refused(vin: "KNAAB12C3DE456789", brand: "ford", reason: "active elsewhere"),
        .error(vin: .null, description: "vin is missing"),
      ], trailer: [("next_cursor", .null)])
    #expect(
      items.jsonText
        == #"{"vehicles":[{"vin":"KNAAB12C3DE456789","brand":"ford","status":"rejected","reason":"active elsewhere"},"#
        + #"{"vin":null,"status":"error","description":"vin is missing"}],"next_cursor":null}"#)
  }

  @Test func clearanceWithoutOptionalFields() throws {
    let value = try parsed(ClearanceJSON(clearance: clearance(reason: nil, approved: false), includeChangelog: false))
    #expect(value["reason"] == nil)
    #expect(value["approved_at"] == nil)
    #expect(value["changelog"] == nil)
    #expect(value["status"] == "pending")
  }

  @Test func changeRecordWithAndWithoutPreviousStatus() throws {
    var change = ChangeRecord(
      seq: 9_007_199_254_740_993, vin: "KNAAB12C3DE456789", brand: "kia", status: .rejected, previousStatus: .pending,
      reason: tricky, timestamp: Timestamp(secondsSinceEpoch: 0), tags: [Tag(key: "k\"", value: "v")])
    let value = try parsed(ChangeJSON(change: change))
    #expect(
      value
        == [
          "seq": .number(JSONNumber(9_007_199_254_740_993)), "vin": "KNAAB12C3DE456789", "brand": "kia",
          "status": "rejected", "previous_status": "pending", "reason": .string(tricky),
          "timestamp": "1970-01-01T00:00:00Z", "tags": ["k\"": "v"],
        ])
    change.previousStatus = nil
    change.reason = nil
    let first = try parsed(ChangeJSON(change: change))
    #expect(first["previous_status"] == .null, "previous_status is present as null on a first entry")
    #expect(first["reason"] == nil)
  }

  @Test func everyStatusSpelledAsItsRawValue() {
    for status in ClearanceStatus.allCases {
      #expect(status.jsonName.description == status.rawValue)
    }
  }

  @Test func addItemsAndTrailer() throws {
    let reply = ItemsReply<AddItem>(
      key: "vehicles",
      items: [
        .clearance(clearance(reason: nil, approved: false)),
        .refused(vin: "KNAAB12C3DE456789", brand: "ford", reason: tricky),
        .error(vin: .number(JSONNumber(42)), description: tricky),
      ], trailer: [("next_cursor", .null), ("n", .number(JSONNumber(-3)))])
    let value = try parsed(reply)
    let items = try #require(value["vehicles"]?.arrayValue)
    #expect(items.count == 3)
    #expect(items[0]["status"] == "pending")
    #expect(items[1] == ["vin": "KNAAB12C3DE456789", "brand": "ford", "status": "rejected", "reason": .string(tricky)])
    #expect(items[2] == ["vin": 42, "status": "error", "description": .string(tricky)])
    #expect(value["next_cursor"] == .null)
    #expect(value["n"] == -3)
    #expect(try parsed(ItemsReply<AddItem>(key: "vehicles", items: [])) == ["vehicles": []])
  }

  @Test func integersAtTheEdges() {
    for number: Int64 in [0, 7, -1, 10, 99, 100, 1_000_000, .max, .min, .max - 1, .min + 1] {
      var buffer: [UInt8] = []
      JSONWriter.appendInteger(number, into: &buffer)
      #expect(String(decoding: buffer, as: UTF8.self) == String(number))
    }
  }
}
