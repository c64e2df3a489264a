import Foundation
import JSON
import Testing

/// Start-up, the command line, and the ways the host ends.
@Suite struct LifecycleTests {
  @Test func eofFlushesEverythingAndExitsZero() throws {
    let host = try HostProcess()
    for id in 1...50 { host.send(#"{"jsonrpc":"2.0","id":\#(id),"method":"ping"}"#) }
    #expect(host.finish() == 0)
    let messages = try host.remainingMessages()
    #expect(messages.map { $0["id"] } == (1...50).map { .number(JSONNumber($0)) })
  }

  @Test func shutdownThenExit() throws {
    let host = try HostProcess()
    #expect(try host.result("shutdown") == .null)
    let refused = try host.error("ping")
    #expect(refused["code"] == -32600)
    host.send(#"{"jsonrpc":"2.0","method":"exit"}"#)
    #expect(host.waitForExit() == 0)
  }

  @Test func exitWithoutShutdownIsStatusOne() throws {
    let host = try HostProcess()
    host.send(#"{"jsonrpc":"2.0","method":"exit"}"#)
    #expect(host.waitForExit() == 1)
  }

  @Test(arguments: [SIGTERM, SIGINT])
  func signalsFinishLikeEOF(_ signal: Int32) throws {
    let host = try HostProcess()
    #expect(try host.result("ping") == .object(JSONObject()))
    host.sendRaw(Data(#"{"jsonrpc":"2.0","id":2,"meth"#.utf8))
    usleep(100_000)
    kill(host.process.processIdentifier, signal)
    #expect(host.waitForExit() == 0)
    #expect(try host.remainingMessages().isEmpty, "an unfinished last line is dropped")
  }

  @Test func initializeDescribesTheHost() throws {
    let host = try HostProcess()
    let result = try host.result("initialize", ["capabilities": [:]])
    #expect(result["server_info"]?["name"] == "fleet-clearance")
    #expect(result["protocol_version"] != nil)
    let brands = result["brands"]?.arrayValue?.compactMap(\.stringValue) ?? []
    #expect(brands.contains("kia") && brands.contains("cupra"))
  }

  @Test func helpAndVersionGoToStdout() throws {
    let help = try CommandRun(["--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("Usage:"))
    let version = try CommandRun(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout.hasPrefix("fleet-clearance "))
  }

  @Test(arguments: [
    ["--bogus"], ["--clock", "sundial"], ["--max-message-bytes", "x"], ["--in-memory", "--data-dir", "/tmp/x"],
  ])
  func badArgumentsFailWithOneLine(_ arguments: [String]) throws {
    let run = try CommandRun(arguments)
    #expect(run.status != 0)
    #expect(run.stdout.isEmpty, "nothing but protocol on stdout")
    #expect(run.stderr.split(separator: "\n").count == 1, "one line: \(run.stderr)")
  }

  @Test func unreadableExplicitPluginsFileFailsStartUp() throws {
    let run = try CommandRun(["--in-memory", "--plugins", "/nonexistent/plugins.json"])
    #expect(run.status != 0)
    #expect(run.stderr.contains("/nonexistent/plugins.json"))
  }

  @Test func missingDefaultPluginsFileStartsWithNoAdapters() throws {
    let folder = try TemporaryFolder()
    let host = try HostProcess(arguments: ["--in-memory"], workingDirectory: folder.url)
    let brands = try host.result("brands.list")
    #expect(brands["brands"] == [])
    #expect(host.finish() == 0)
    #expect(host.stderrText().contains("plugins.json"), "a warning says why there are no adapters")
  }

  @Test func failingRequiredAdapterFailsStartUp() throws {
    let folder = try TemporaryFolder()
    let plugins = folder.url.appendingPathComponent("plugins.json")
    try Data(#"{"allowed_folders":["."],"plugins":[{"path":"libMissing.so","required":true}]}"#.utf8).write(to: plugins)
    let run = try CommandRun(["--in-memory", "--plugins", plugins.path])
    #expect(run.status != 0)
    #expect(run.stderr.contains("libMissing.so"))
  }

  @Test func unwritableDataDirFailsStartUp() throws {
    let run = try CommandRun(["--data-dir", "/proc/fleet-clearance-data"])
    #expect(run.status != 0)
    #expect(run.stderr.contains("data dir"))
  }

  @Test func clockAdvanceNeedsTheManualClock() throws {
    let host = try HostProcess(arguments: ["--in-memory", "--plugins", Products.pluginsFile.path])
    let error = try host.error("clock.advance", ["seconds": 10])
    #expect(error["code"] == -32003)
    let now = try host.result("clock.now")["now"]?.stringValue ?? ""
    #expect(now.hasSuffix("Z") && now.count == 20)
  }

  /// Regression: the manual clock counted nanoseconds in an Int64, stopped
  /// at 2262-04-11T23:47:16Z and answered as if it had moved.
  @Test func clockAdvanceReachesYear9999AndRefusesToGoFurther() throws {
    let host = try HostProcess()
    #expect(try Fleet.advance(host, seconds: 10_000_000_000)["now"] == "2342-11-21T17:46:40Z")
    #expect(try host.result("clock.advance", ["seconds": 86_400.5])["now"] == "2342-11-22T17:46:40Z")
    #expect(try host.result("clock.advance", ["seconds": 0.5])["now"] == "2342-11-22T17:46:41Z", "fractions add up")
    // 2026-01-01T00:00:00Z + 10,000,086,401 s is now; 9999-12-31T23:59:59Z is 253,402,300,799.
    let toTheEnd = 253_402_300_799 - (1_767_225_600 + 10_000_086_401)
    #expect(try Fleet.advance(host, seconds: toTheEnd)["now"] == "9999-12-31T23:59:59Z")
    let error = try host.error("clock.advance", ["seconds": 1])
    #expect(error["code"] == -32602)
    #expect(error["data"]?["source"] == "seconds")
    #expect(error["data"]?["detail"]?.stringValue?.contains("9999-12-31T23:59:59Z") == true)
    #expect(try host.result("clock.now")["now"] == "9999-12-31T23:59:59Z")
  }

  @Test func statsCountEveryState() throws {
    let host = try HostProcess()
    try Fleet.add(host, [Fleet.vehicle("KNAAAAAAAAAAAAAA1", "kia"), Fleet.vehicle("WVWZZZ1JZXW000001", "audi")])
    let stats = try host.result("host.stats")
    let byStatus = try #require(stats["clearances"]?["by_status"]?.objectValue)
    #expect(byStatus.count == 8)
    #expect(byStatus["pending"] == 1 && byStatus["rejected"] == 1 && byStatus["canceled"] == 0)
    #expect(stats["clearances"]?["by_brand"]?["kia"] == 1)
    #expect(stats["adapters"] == 11)
    #expect(stats["requests_served"] == 1, "counts requests answered before this one")
    #expect(stats["journal_bytes"] == 0)
  }
}

/// A one-shot run of the host with no stdin.
struct CommandRun {
  var status: Int32
  var stdout: String
  var stderr: String

  init(_ arguments: [String]) throws {
    try Products.require()
    let process = Process()
    process.executableURL = Products.host
    process.arguments = arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    let err = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    status = process.terminationStatus
    stdout = String(decoding: out, as: UTF8.self)
    stderr = String(decoding: err, as: UTF8.self)
  }
}

/// A fresh folder removed when the value goes away.
final class TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("fleet-clearance-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }
}
