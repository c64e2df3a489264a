import Foundation
import JSON
import Testing

/// The durable data dir: restarts, crashes, damaged files, disk failures.
@Suite struct DurabilityTests {
  static func host(_ dir: TemporaryFolder, _ extra: [String] = [], environment: [String: String] = [:]) throws
    -> HostProcess
  {
    try HostProcess(
      arguments: ["--data-dir", dir.url.path, "--clock", "manual", "--plugins", Products.pluginsFile.path] + extra,
      environment: environment)
  }

  static func vin(_ number: Int) -> String {
    let digits = String(number)
    return "KNA" + String(repeating: "0", count: 14 - digits.count) + digits
  }

  static func snapshot(_ host: HostProcess) throws -> (JSON, JSON, JSON) {
    (
      try host.result("vehicles.list", ["limit": 10_000]), try host.result("vehicles.changes", ["limit": 10_000]),
      try host.result("clock.now")
    )
  }

  @Test func aRestartKeepsEverything() throws {
    let dir = try TemporaryFolder()
    let first = try Self.host(dir)
    try Fleet.add(first, [Fleet.vw("WVWZZZ1JZXW000001"), Fleet.vehicle(Self.vin(1), "kia", tags: ["a": "b"])])
    _ = try Fleet.advance(first, seconds: 2 * Fleet.day)
    try Fleet.report(first, "WVWZZZ1JZXW000001", "privacy_mode_enabled")
    try Fleet.report(first, Self.vin(1), "activation_succeeded")
    try first.result("vehicles.delete", ["vin": .string(Self.vin(1))])
    let before = try Self.snapshot(first)
    #expect(first.finish() == 0)

    let second = try Self.host(dir)
    let after = try Self.snapshot(second)
    #expect(after.0 == before.0, "same clearances and changelogs")
    #expect(after.1 == before.1, "same change history")
    #expect(after.2 == before.2, "the manual clock resumes where it stood")
    #expect(try second.result("host.stats")["journal_bytes"]?.int64Value ?? 0 > 0)
    // The privacy timer set before the restart still fires on time.
    let fired = try Fleet.advance(second, seconds: 15 * Fleet.day)
    #expect(fired["fired"] == 1)
    #expect(try Fleet.get(second, "WVWZZZ1JZXW000001")["status"] == "rejected")
    #expect(second.finish() == 0)
  }

  @Test func everyAcknowledgedChangeSurvivesSIGKILL() throws {
    var generator = SystemRandomNumberGenerator()
    for round in 0..<3 {
      let dir = try TemporaryFolder()
      let host = try Self.host(dir)
      let total = 3000
      let killAfter = Int.random(in: 50..<2500, using: &generator)
      var requests = ""
      for number in 0..<total {
        requests +=
          #"{"jsonrpc":"2.0","id":\#(number),"method":"vehicles.add","params":{"vehicles":[{"vin":"\#(Self.vin(number))","brand":"kia"}]}}"#
          + "\n"
      }
      let data = Data(requests.utf8)
      let input = host.input
      let writer = Thread { input.write(data) }
      writer.start()
      var acknowledged: [String] = []
      while acknowledged.count < killAfter {
        let response = try host.readMessage()
        #expect(response["result"]?["vehicles"]?.arrayValue?.first?["status"] == "pending")
        acknowledged.append(Self.vin(Int(response["id"]?.int64Value ?? -1)))
      }
      kill(host.process.processIdentifier, SIGKILL)
      _ = host.waitForExit()

      let restarted = try Self.host(dir)
      let listed = try restarted.result("vehicles.list", ["limit": 10_000])["vehicles"]?.arrayValue ?? []
      let vins = Set(listed.compactMap { $0["vin"]?.stringValue })
      #expect(acknowledged.allSatisfy(vins.contains), "round \(round): every acknowledged add is there")
      #expect(
        listed.allSatisfy { $0["status"] == "pending" && $0["changelog"]?.arrayValue?.count == 1 },
        "round \(round): nothing half-applied")
      let changes = try restarted.result("vehicles.changes", ["limit": 10_000])["changes"]?.arrayValue ?? []
      #expect(changes.count == vins.count, "one change per stored clearance")
      #expect(changes.map { $0["seq"]?.int64Value ?? 0 } == (0..<changes.count).map { Int64($0 + 1) })
      #expect(restarted.finish() == 0)
    }
  }

  @Test func aSecondHostOnTheSameDirExits() throws {
    let dir = try TemporaryFolder()
    let first = try Self.host(dir)
    #expect(try first.result("ping") == .object(JSONObject()))
    let second = try CommandRun(["--data-dir", dir.url.path, "--plugins", Products.pluginsFile.path])
    #expect(second.status != 0)
    #expect(second.stderr.contains("in use by another fleet-clearance process"))
    #expect(first.finish() == 0)
  }

  @Test func aTornTailIsDroppedAndCorruptionStopsStartUp() throws {
    let dir = try TemporaryFolder()
    let first = try Self.host(dir)
    try Fleet.add(first, [Fleet.vehicle(Self.vin(1), "kia")])
    try Fleet.add(first, [Fleet.vehicle(Self.vin(2), "kia")])
    #expect(first.finish() == 0)
    let journal = dir.url.appendingPathComponent("journal-0.log")
    let good = try Data(contentsOf: journal)
    try (good + Data([99, 0, 0, 0, 1, 2])).write(to: journal)

    let second = try Self.host(dir)
    #expect(try second.result("host.stats")["clearances"]?["total"] == 2)
    #expect(second.finish() == 0)
    #expect(second.stderrText().contains("torn"), "a warning on stderr")

    var damaged = [UInt8](good)
    damaged[20] ^= 0xFF  // inside the first record, with a second one after it
    try Data(damaged).write(to: journal)
    let third = try CommandRun(["--data-dir", dir.url.path, "--plugins", Products.pluginsFile.path])
    #expect(third.status != 0)
    #expect(third.stderr.contains("journal-0.log") && third.stderr.contains("offset"))
  }

  /// What opening a new data dir costs in fsyncs (the journal's header and
  /// its folder); tests that fail the n-th fsync count from here.
  static let fsyncsToOpenADataDir = 2

  @Test func aFailingFsyncAnswersErrorsAndKeepsReads() throws {
    let dir = try TemporaryFolder()
    // Opening a new data dir takes two fsyncs; the third is the first commit.
    let host = try Self.host(dir, environment: ["FLEET_CLEARANCE_FAIL_FSYNC": "4-"])
    try Fleet.add(host, [Fleet.vehicle(Self.vin(1), "kia")])
    host.send(
      #"[{"jsonrpc":"2.0","id":"w","method":"vehicles.add","params":{"vehicles":[{"vin":"\#(Self.vin(2))","brand":"kia"}]}},{"jsonrpc":"2.0","id":"r","method":"ping"}]"#
    )
    let batch = try #require(try host.readMessage().arrayValue)
    #expect(batch.first?["error"]?["code"] == -32603, "the write is not acknowledged")
    #expect(batch.first?["id"] == "w")
    #expect(try host.error("vehicles.get", ["vin": .string(Self.vin(2))])["code"] == -32001, "nothing half-applied")
    #expect(try Fleet.get(host, Self.vin(1))["status"] == "pending", "reads keep working")
    let failed = try host.error("vehicles.report", ["vin": .string(Self.vin(1)), "event": "activation_succeeded"])
    #expect(failed["code"] == -32603)
    #expect(try Fleet.get(host, Self.vin(1))["status"] == "pending")
  }

  @Test func compactionKeepsEverythingAcrossRestarts() throws {
    let dir = try TemporaryFolder()
    let first = try Self.host(dir, ["--compaction-bytes", "5000"])
    for batch in 0..<10 {
      try Fleet.add(first, (0..<20).map { Fleet.vehicle(Self.vin(batch * 20 + $0), "kia") })
    }
    let before = try Self.snapshot(first)
    #expect(first.finish() == 0)
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.url.path)
    #expect(files.contains { $0.hasPrefix("snapshot-") }, "\(files)")
    let second = try Self.host(dir, ["--compaction-bytes", "5000"])
    let after = try Self.snapshot(second)
    #expect(after.0 == before.0 && after.1 == before.1)
    #expect(second.finish() == 0)
  }
}

/// What a failed commit takes back besides the clearances.
@Suite struct FailedCommitTests {
  /// Fsyncs: 1-2 open the data dir, 3 the add, 4 the report, 5 the advance.
  static func host(failing: String) throws -> (HostProcess, TemporaryFolder) {
    let dir = try TemporaryFolder()
    let host = try DurabilityTests.host(dir, environment: ["FLEET_CLEARANCE_FAIL_FSYNC": failing])
    try Fleet.add(host, [Fleet.vw("WVWZZZ1JZXW000001")])
    try Fleet.report(host, "WVWZZZ1JZXW000001", "privacy_mode_enabled")
    return (host, dir)
  }

  @Test func theClockAndTheTimerComeBackAfterAFailedAdvance() throws {
    let (host, dir) = try Self.host(failing: "5")
    let failed = try host.error("clock.advance", ["seconds": .number(JSONNumber(20 * 86_400))])
    #expect(failed["code"] == -32603)
    #expect(try host.result("clock.now")["now"] == "2026-01-01T00:00:00Z", "the clock moved back")
    #expect(try Fleet.get(host, "WVWZZZ1JZXW000001")["status"] == "pending", "the timer's firing was undone")
    let again = try Fleet.advance(host, seconds: 20 * 86_400)
    #expect(again["fired"] == 1, "the undone timer was scheduled again")
    #expect(host.finish() == 0)
    _ = dir
  }

  @Test func aReadInTheSameGroupAsAFailedChangeIsTakenBackToo() throws {
    let (host, dir) = try Self.host(failing: "5")
    let report =
      #"{"jsonrpc":"2.0","id":"change","method":"vehicles.report","params":{"vin":"WVWZZZ1JZXW000001","event":"activation_rejected","detail":"PLATFORM_UNSUPPORTED"}}"#
    let read = #"{"jsonrpc":"2.0","id":"read","method":"vehicles.get","params":{"vin":"WVWZZZ1JZXW000001"}}"#
    host.sendRaw(Data((report + "\n" + read + "\n").utf8))
    let first = try host.readMessage()
    let second = try host.readMessage()
    #expect(first["id"] == "change" && first["error"]?["code"] == -32603)
    #expect(second["id"] == "read" && second["error"]?["code"] == -32603, "it could have shown the undone change")
    #expect(try Fleet.get(host, "WVWZZZ1JZXW000001")["reason"] == "privacy mode is enabled")
    _ = dir
  }
}
