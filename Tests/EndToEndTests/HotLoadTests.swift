import Foundation
import JSON
import Testing

/// Hot-adding OEM support to a running host: plugins.load, plugins.reload
/// and plugins.unload over the wire, with the nissan fixture
/// (Tests/Fixtures/Adapters/nissan.c) in two versions.
@Suite struct HotLoadTests {
  static let v1Rejected = "refused by Nissan"
  static let v2Rejected = "declined by Nissan"
  static let timedOut = "no answer from Nissan"
  static let v2 = ["NISSAN_VERSION=2"]

  static func vin(_ number: Int) -> String { "SJN" + String(format: "%014d", number) }

  static func nissan(_ number: Int) -> JSON { Fleet.vehicle(vin(number), "nissan") }

  @Test func hotAddsNissanAndDrivesAVehicleToApproved() throws {
    let workspace = try PluginWorkspace()
    let library = try workspace.install("nissan", as: "libnissan.so")
    let host = try workspace.startHost()
    #expect(try !host.brands().contains("nissan"))

    // A relative path resolves against the host's current directory.
    let entry = try host.result("plugins.load", ["path": "libnissan.so"])
    let fields = [
      "id", "generation", "version", "abi_version", "path", "source_path", "sha256", "brands", "loaded_at", "state",
    ]
    #expect(entry.objectValue.map { Set($0.keys) } == Set(fields), "the Plugin schema's fields")
    #expect(entry["id"] == "nissan" && entry["generation"] == 1 && entry["state"] == "active")
    #expect(entry["version"] == "1.0.0" && entry["abi_version"] == "1.0")
    #expect(entry["brands"] == ["nissan"])
    #expect(entry["source_path"] == .string(library))
    #expect(entry["sha256"] == .string(try PluginWorkspace.sha256(of: library)))
    #expect(entry["loaded_at"] == "2026-01-01T00:00:00Z")
    let loadedFrom = try #require(entry["path"]?.stringValue)
    #expect(loadedFrom != library, "loaded from a private copy")
    #expect(try PluginWorkspace.sha256(of: loadedFrom) == PluginWorkspace.sha256(of: library))
    #expect(try host.result("plugins.list")["plugins"] == [entry])

    #expect(try host.brands().contains("nissan"))
    let added = try Fleet.add(host, [Self.nissan(1)])
    #expect(added.first?["status"] == "pending", "\(added)")
    try Fleet.report(host, Self.vin(1), "data_received")
    let approved = try Fleet.report(host, Self.vin(1), "activation_succeeded")
    #expect(approved["status"] == "approved")
    #expect(Fleet.changelog(try Fleet.get(host, Self.vin(1))) == ["pending", "approved"])
    #expect(host.finish() == 0)
  }

  /// A client keeps requests coming while the adapter is reloaded: none
  /// fails, and the answers switch from v1's mapping to v2's exactly at the
  /// reload's place in the stream.
  @Test func reloadSwitchesAtExactlyTheReloadsPlaceInAPipelinedStream() throws {
    let workspace = try PluginWorkspace()
    let library = try workspace.install("nissan", as: "libnissan.so")
    let host = try workspace.startHost()
    let first = try host.result("plugins.load", ["path": .string(library)])
    let perSide = 100
    try Fleet.add(host, (0...(2 * perSide)).map(Self.nissan))

    // Ship v2 as an operator would: a temporary name, renamed over v1.
    try workspace.install("nissan", defines: Self.v2, as: "libnissan.so")
    var lines: [String] = []
    var nextID = 1000
    func request(_ method: String, _ params: JSON) {
      let message: JSON = [
        "jsonrpc": "2.0", "id": .number(JSONNumber(nextID)), "method": .string(method), "params": params,
      ]
      lines.append(JSONWriter.string(message))
      nextID += 1
    }
    for number in 1...perSide {
      request("vehicles.report", ["vin": .string(Self.vin(number)), "event": "activation_rejected"])
      request("vehicles.get", ["vin": .string(Self.vin(number))])
    }
    let reloadID = nextID
    request("plugins.reload", ["id": "nissan"])
    for number in (perSide + 1)...(2 * perSide) {
      request("vehicles.report", ["vin": .string(Self.vin(number)), "event": "activation_rejected"])
      request("vehicles.get", ["vin": .string(Self.vin(number))])
    }
    host.send(lines.joined(separator: "\n"))

    var reasons: [String] = []
    for expectedID in 1000..<nextID {
      let response = try host.readMessage()
      try #require(response["id"] == .number(JSONNumber(expectedID)), "responses in request order")
      guard let result = response["result"] else {
        Issue.record("request \(expectedID) failed: \(JSONWriter.string(response))")
        continue
      }
      if expectedID == reloadID {
        #expect(result["generation"] == 2 && result["version"] == "2.0.0" && result["state"] == "active")
        #expect(result["source_path"] == .string(library) && result["path"] != first["path"])
        continue
      }
      #expect(result["status"] == "rejected")
      reasons.append(result["reason"]?.stringValue ?? "none")
    }
    let expected =
      Array(repeating: Self.v1Rejected, count: 2 * perSide) + Array(repeating: Self.v2Rejected, count: 2 * perSide)
    #expect(reasons == expected)

    let versions = try host.result("plugins.list")["plugins"]?.arrayValue?.map {
      "\($0["generation"]?.int64Value ?? 0) \($0["state"]?.stringValue ?? "?")"
    }
    #expect(versions == ["1 retired", "2 active"])
    #expect(try host.result("brands.list")["brands"]?.arrayValue?.first?["adapter_version"] == "2.0.0")

    // Vehicle 0 was left pending under v1 (3 days to answer); from the
    // switch on it follows v2's declaration (1 day).
    let advanced = try Fleet.advance(host, seconds: Fleet.day)
    #expect(advanced["fired"] == 1)
    let timedOut = try Fleet.get(host, Self.vin(0))
    #expect(Fleet.changelog(timedOut) == ["pending", "rejected: \(Self.timedOut)"])
    #expect(host.finish() == 0)
  }

  @Test func unloadedBrandAnswersNotSupportedUntilLoadedAgain() throws {
    let workspace = try PluginWorkspace()
    let library = try workspace.install("nissan", as: "libnissan.so")
    let host = try workspace.startHost()
    try host.result("plugins.load", ["path": .string(library)])
    try Fleet.add(host, [Self.nissan(1)])  // its 3-day timer is due on day 3
    _ = try Fleet.advance(host, seconds: 2 * Fleet.day)
    try Fleet.add(host, [Self.nissan(2)])  // due on day 5

    let retired = try host.result("plugins.unload", ["id": "nissan"])
    #expect(retired["state"] == "retired" && retired["generation"] == 1)
    #expect(try !host.brands().contains("nissan"))
    for number in [1, 2] {
      let report = try host.error(
        "vehicles.report", ["vin": .string(Self.vin(number)), "event": "activation_succeeded"])
      #expect(report["code"] == -32003, "\(report)")
      let delete = try host.error("vehicles.delete", ["vin": .string(Self.vin(number))])
      #expect(delete["code"] == -32003, "\(delete)")
    }
    let listed = try host.result("vehicles.list")["vehicles"]?.arrayValue ?? []
    #expect(listed.map { $0["status"] } == ["pending", "pending"], "stored clearances stay")
    #expect(try Fleet.advance(host, seconds: 2 * Fleet.day)["fired"] == 0, "timers wait for an adapter")

    // A timer already due fires right after the load, before the next
    // request (regression: it waited for the next wake of the server loop).
    // The get goes in the same write, so both are in one group.
    let load: JSON = ["jsonrpc": "2.0", "id": "load", "method": "plugins.load", "params": ["path": .string(library)]]
    let get: JSON = ["jsonrpc": "2.0", "id": "get", "method": "vehicles.get", "params": ["vin": .string(Self.vin(1))]]
    host.sendRaw(Data((JSONWriter.string(load) + "\n" + JSONWriter.string(get) + "\n").utf8))
    let again = try #require(try host.readMessage()["result"])
    #expect(again["generation"] == 2 && again["state"] == "active")
    let timedOut = try #require(try host.readMessage()["result"])
    #expect(Fleet.changelog(timedOut) == ["pending", "rejected: \(Self.timedOut)"])
    #expect(
      timedOut["changelog"]?.arrayValue?.last?["timestamp"] == "2026-01-04T00:00:00Z", "stamped with its due time")
    #expect(try Fleet.get(host, Self.vin(2))["status"] == "pending", "not due before day 5")
    #expect(try Fleet.report(host, Self.vin(2), "activation_succeeded")["status"] == "approved")
    let deleted = try host.result("vehicles.delete", ["vin": .string(Self.vin(2))])
    #expect(deleted["status"] == "revoking")
    #expect(host.finish() == 0)
  }

  /// A host whose kia clearance has an error timer that fell due while its
  /// adapter was unloaded, and whose next commit fails (after the data
  /// dir's own fsyncs: the add, the clock record, then the next one). The
  /// caller keeps the workspace and data dir alive: they delete themselves.
  static func hostWithAnOverdueTimerAndAFailingDisk() throws
    -> (HostProcess, library: String, PluginWorkspace, TemporaryFolder)
  {
    let workspace = try PluginWorkspace()
    let library = try workspace.install("error_timer_without_reason", as: "libtimer.so")
    let data = try TemporaryFolder()
    let failing = DurabilityTests.fsyncsToOpenADataDir + 3
    let host = try HostProcess(
      arguments: [
        "--data-dir", data.url.path, "--clock", "manual", "--plugins", workspace.pluginsFile.path,
      ],
      workingDirectory: workspace.url, environment: ["FLEET_CLEARANCE_FAIL_FSYNC": "\(failing)"])
    try host.result("plugins.load", ["path": .string(library)])
    try Fleet.add(host, [Fleet.vehicle("KNAB0000000000001", "kia")])
    try host.result("plugins.unload", ["id": "error-timer"])
    _ = try Fleet.advance(host, seconds: 120)
    return (host, library, workspace, data)
  }

  /// Regression: timers that fell due while their brand had no adapter
  /// fired inside plugins.load, so a failed commit of their changes
  /// answered the load with "-32603 ... undone" although the adapter stayed
  /// loaded. They now fire right after the load's answer, on their own.
  @Test func aFailedCommitOfTimersAfterALoadKeepsTheLoadsAnswer() throws {
    let (host, library, workspace, data) = try Self.hostWithAnOverdueTimerAndAFailingDisk()
    defer { withExtendedLifetime((workspace, data)) {} }
    let load = try host.result("plugins.load", ["path": .string(library)])
    #expect(load["state"] == "active" && load["generation"] == 2)
    #expect(host.eventually { host.stderrText().contains("could not save changes durably") }, "the commit failed")
    // The failed change was undone; the timer fired again before the next
    // request (timers due when a group is read fire first), and that stuck.
    let clearance = try Fleet.get(host, "KNAB0000000000001")
    #expect(Fleet.changelog(clearance) == ["pending", "error"])
    #expect(clearance["updated_at"] == "2026-01-01T00:01:00Z", "stamped with its due time")
  }

  /// Regression: a load in the same group as a change whose commit failed
  /// answered "-32603 ... undone" although the adapter stayed loaded.
  @Test func aLoadAfterAChangeWhoseCommitFailsKeepsItsAnswer() throws {
    let (host, library, workspace, data) = try Self.hostWithAnOverdueTimerAndAFailingDisk()
    defer { withExtendedLifetime((workspace, data)) {} }
    let advance: JSON = ["jsonrpc": "2.0", "id": "advance", "method": "clock.advance", "params": ["seconds": 1]]
    let load: JSON = ["jsonrpc": "2.0", "id": "load", "method": "plugins.load", "params": ["path": .string(library)]]
    host.sendRaw(Data((JSONWriter.string(advance) + "\n" + JSONWriter.string(load) + "\n").utf8))
    #expect(try host.readMessage()["error"]?["code"] == -32603, "the clock move was undone")
    let loaded = try host.readMessage()
    #expect(loaded["result"]?["state"] == "active", "\(loaded)")
    #expect(host.eventually { host.stderrText().contains("could not save changes durably") }, "the commit failed")
    let plugins = try host.result("plugins.list")["plugins"]?.arrayValue ?? []
    #expect(plugins.last?["state"] == "active" && plugins.last?["generation"] == 2)
  }

  @Test func unknownIDsAndMissingParams() throws {
    let workspace = try PluginWorkspace()
    let host = try workspace.startHost()
    #expect(try host.error("plugins.unload", ["id": "nissan"])["code"] == -32001)
    #expect(try host.error("plugins.reload", ["id": "nissan"])["code"] == -32001)
    #expect(try host.error("plugins.load", [:])["data"]?["source"] == "path")
    #expect(try host.error("plugins.load", ["path": "libnissan.so", "replace": "yes"])["code"] == -32602)
    #expect(try host.error("plugins.load", ["path": "libnothing.so"])["code"] == -32001)
    try host.expectServing()
    #expect(host.finish() == 0)
  }
}
