import Foundation
import JSON
import Testing

/// fleet_clearance_changed, vehicles.changes, $/progress and $/cancelRequest.
@Suite struct NotificationTests {
  @Test func nothingIsSentWithoutSubscription() throws {
    let host = try HostProcess()
    try Fleet.add(host, [Fleet.vehicle("KNAAAAAAAAAAAAAA1", "kia")])
    try Fleet.report(host, "KNAAAAAAAAAAAAAA1", "activation_succeeded")
    #expect(host.notifications.isEmpty)
  }

  @Test func subscribersGetOneNotificationPerEntryBeforeTheResponse() throws {
    let host = try HostProcess()
    #expect(
      try host.result("events.subscribe", ["events": ["fleet_clearance_changed"]])["events"] == [
        "fleet_clearance_changed"
      ])
    try Fleet.add(host, [Fleet.vw("WVWZZZ1JZXW000001")])
    try Fleet.report(host, "WVWZZZ1JZXW000001", "activation_succeeded")
    try Fleet.report(host, "WVWZZZ1JZXW000001", "data_received")
    let changes = host.notifications.map { $0["params"] ?? .null }
    #expect(host.notifications.allSatisfy { $0["method"] == "fleet_clearance_changed" })
    #expect(changes.map { $0["seq"] } == [1, 2, 3])
    #expect(changes.map { $0["status"] } == ["pending", "pending", "approved"])
    #expect(changes.map { $0["previous_status"] } == [.null, "pending", "pending"])
    #expect(changes[1]["reason"] == "no data received")
    #expect(changes[0]["tags"]?["vw-group-customer-name"] == "ACME Fleet")

    host.notifications.removeAll()
    #expect(try host.result("events.subscribe", ["events": []])["events"] == [])
    try Fleet.add(host, [Fleet.vehicle("KNAAAAAAAAAAAAAA1", "kia")])
    #expect(host.notifications.isEmpty, "an empty list unsubscribes")
  }

  @Test func initializeCanSubscribe() throws {
    let host = try HostProcess()
    try host.result("initialize", ["capabilities": ["events": ["fleet_clearance_changed"]]])
    try Fleet.add(host, [Fleet.vehicle("KNAAAAAAAAAAAAAA1", "kia")])
    #expect(host.notifications.count == 1)
    #expect(try host.error("events.subscribe", ["events": ["nope"]])["code"] == -32602)
    #expect(try host.error("events.subscribe", [:])["code"] == -32602)
  }

  @Test func changesCatchUpWithBrandAndTagsOfTheirTime() throws {
    let host = try HostProcess()
    try Fleet.add(host, [Fleet.vehicle("KNAAAAAAAAAAAAAA1", "kia", tags: ["a": "1"])])
    try Fleet.report(host, "KNAAAAAAAAAAAAAA1", "vin_unknown")
    try Fleet.add(host, [Fleet.vw("KNAAAAAAAAAAAAAA1", brand: "audi")])
    let all = try host.result("vehicles.changes")
    let changes = try #require(all["changes"]?.arrayValue)
    #expect(changes.map { $0["seq"] } == [1, 2, 3])
    #expect(changes.map { $0["brand"] } == ["kia", "kia", "audi"])
    #expect(changes[1]["tags"]?["a"] == "1")
    #expect(changes[1]["reason"] == "invalid VIN")
    #expect(all["next_since"] == 3)
    let page = try host.result("vehicles.changes", ["since": 1, "limit": 1])
    #expect(page["changes"]?.arrayValue?.map { $0["seq"] } == [2])
    #expect(page["next_since"] == 2)
    let none = try host.result("vehicles.changes", ["since": 3])
    #expect(none["changes"] == [] && none["next_since"] == 3)
    #expect(try host.error("vehicles.changes", ["since": -1])["data"]?["source"] == "since")
  }

  static func vehicles(_ count: Int, from first: Int = 0) -> JSON {
    .array(
      (first..<first + count).map { index in
        let digits = String(index)
        return Fleet.vehicle("KNA" + String(repeating: "0", count: 14 - digits.count) + digits, "kia")
      })
  }

  @Test func progressForLargeAdds() throws {
    let host = try HostProcess()
    let result = try host.result("vehicles.add", ["vehicles": Self.vehicles(2500), "progress_token": "import-1"])
    #expect(result["vehicles"]?.arrayValue?.count == 2500)
    let progress = host.notifications.filter { $0["method"] == "$/progress" }.map { $0["params"] ?? .null }
    #expect(progress.map { $0["done"] } == [1000, 2000, 2500])
    #expect(progress.allSatisfy { $0["token"] == "import-1" && $0["total"] == 2500 })
  }

  @Test func cancelRequestStopsALargeAdd() throws {
    let host = try HostProcess()
    let add =
      #"{"jsonrpc":"2.0","id":"big","method":"vehicles.add","params":{"vehicles":\#(JSONWriter.string(Self.vehicles(5000)))}}"#
    let cancel = #"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":"big"}}"#
    host.sendRaw(Data((add + "\n" + cancel + "\n").utf8))
    let response = try host.readMessage()
    #expect(response["id"] == "big")
    #expect(response["error"]?["code"] == -32800)
    let done = try #require(response["error"]?["data"]?["done"]?.int64Value)
    #expect(response["error"]?["data"]?["total"] == 5000)
    let stats = try host.result("host.stats")
    #expect(stats["clearances"]?["total"] == .number(JSONNumber(done)), "what was applied stays applied")
    #expect(try host.result("ping") == .object(JSONObject()), "unknown or finished ids are ignored")
  }

  /// Regression: a cancel stopped the add at a checkpoint before that
  /// checkpoint's `$/progress` went out, so the client never heard of the
  /// vehicles the -32800 reports as done.
  @Test func progressForTheStoppingPointComesBeforeTheCancelledAnswer() throws {
    let host = try HostProcess()
    let add =
      #"{"jsonrpc":"2.0","id":"big","method":"vehicles.add","params":{"progress_token":"p","vehicles":\#(JSONWriter.string(Self.vehicles(3500)))}}"#
    let cancel = #"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":"big"}}"#
    host.sendRaw(Data((add + "\n" + cancel + "\n").utf8))
    var progress: [JSON] = []
    var message = try host.readMessage()
    while message["method"] == "$/progress" {
      progress.append(message["params"]?["done"] ?? .null)
      message = try host.readMessage()
    }
    #expect(message["error"]?["code"] == -32800)
    let done = try #require(message["error"]?["data"]?["done"])
    #expect(progress.last == done, "progress \(progress), cancelled at \(done)")
  }

  /// Regression: once a long call had scanned the queue for cancels, a
  /// cancel placed before its request (on an earlier line, or earlier in the
  /// same batch) stopped that request; protocol.md ignores such a cancel.
  @Test func aCancelBeforeItsRequestIsIgnoredAfterAnEarlierScan() throws {
    let host = try HostProcess()
    let first =
      #"{"jsonrpc":"2.0","id":"a","method":"vehicles.add","params":{"vehicles":\#(JSONWriter.string(Self.vehicles(1001)))}}"#
    let early = #"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":"c"}}"#
    let batch =
      #"[{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":"b"}},{"jsonrpc":"2.0","id":"b","method":"vehicles.add","params":{"vehicles":\#(JSONWriter.string(Self.vehicles(1001, from: 2000)))}}]"#
    let later =
      #"{"jsonrpc":"2.0","id":"c","method":"vehicles.add","params":{"vehicles":\#(JSONWriter.string(Self.vehicles(1001, from: 4000)))}}"#
    host.sendRaw(Data([first, early, batch, later].joined(separator: "\n").appending("\n").utf8))
    #expect(try host.readMessage()["result"]?["vehicles"]?.arrayValue?.count == 1001)
    let answers = try #require(try host.readMessage().arrayValue)
    #expect(answers.first?["result"]?["vehicles"]?.arrayValue?.count == 1001, "the batch's cancel came first")
    #expect(try host.readMessage()["result"]?["vehicles"]?.arrayValue?.count == 1001, "its cancel came first")
  }

  /// Regression: a cancel in the same batch, behind its request, was not
  /// seen, although protocol.md honours one already waiting behind the call.
  @Test func aCancelLaterInTheSameBatchIsHonoured() throws {
    let host = try HostProcess()
    let add =
      #"{"jsonrpc":"2.0","id":7,"method":"vehicles.add","params":{"vehicles":\#(JSONWriter.string(Self.vehicles(1500)))}}"#
    let cancel = #"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":7}}"#
    let otherCancel = #"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":"7"}}"#
    host.sendRaw(Data(("[" + add + "," + otherCancel + "," + cancel + "]\n").utf8))
    let batch = try #require(try host.readMessage().arrayValue)
    #expect(batch.count == 1, "notifications get no answer")
    #expect(batch.first?["id"] == 7)
    #expect(batch.first?["error"]?["code"] == -32800)
    #expect(batch.first?["error"]?["data"]?["done"] == 1000)
    #expect(try host.result("host.stats")["clearances"]?["total"] == 1000)
  }
}
