import Foundation
import JSON
import Testing

/// reliability.md: nothing may make the host print a non-protocol line on
/// stdout, an adapter's printf debugging included.
@Suite struct AdapterOutputTests {
  static let vin = "CHATTERVIN0000001"

  /// Regression: an adapter's writes to stdout landed in the JSON-RPC stream.
  @Test func anAdaptersStdoutGoesToStderr() throws {
    let workspace = try PluginWorkspace(
      plugins: #"{"allowed_folders": ["."], "plugins": [{"path": "libchatter.so"}]}"#)
    try workspace.install("stdout_chatter", as: "libchatter.so")
    let host = try workspace.startHost()
    let added = try host.result("vehicles.add", ["vehicles": [["vin": .string(Self.vin), "brand": "chatter"]]])
    #expect(added["vehicles"]?.arrayValue?.first?["status"] == "pending")
    #expect(try Fleet.get(host, Self.vin)["status"] == "pending")
    #expect(host.finish() == 0)
    usleep(100_000)
    #expect(host.unreadOutput() == [], "stdout after the last answer")
    let stderr = host.stderrText()
    #expect(stderr.contains("chatter: init") && stderr.contains("chatter: raw"), "\(stderr)")
  }

  /// The same for a library loaded while the host runs.
  @Test func aHotLoadedAdaptersStdoutGoesToStderr() throws {
    let workspace = try PluginWorkspace()
    let library = try workspace.install("stdout_chatter", as: "libchatter.so")
    let host = try workspace.startHost()
    #expect(try host.result("plugins.load", ["path": .string(library)])["state"] == "active")
    let added = try host.result("vehicles.add", ["vehicles": [["vin": .string(Self.vin), "brand": "chatter"]]])
    #expect(added["vehicles"]?.arrayValue?.first?["status"] == "pending")
    #expect(host.finish() == 0)
    usleep(100_000)
    #expect(host.unreadOutput() == [])
    #expect(host.stderrText().contains("chatter: raw"))
  }
}

/// `host->log` lines follow `--log-level` and name their adapter.
@Suite struct AdapterLogTests {
  static func stderr(logLevel: String) throws -> String {
    let workspace = try PluginWorkspace(
      plugins: #"{"allowed_folders": ["."], "plugins": [{"path": "libloud.so"}]}"#)
    try workspace.install("logs_every_level", as: "libloud.so")
    let host = try HostProcess(
      arguments: ["--in-memory", "--plugins", workspace.pluginsFile.path, "--log-level", logLevel],
      workingDirectory: workspace.url)
    #expect(try host.result("ping") == .object(JSONObject()))
    #expect(host.finish() == 0)
    return host.stderrText()
  }

  /// Before its descriptor is read, a library's lines carry its file name:
  /// the original's, not that of the host's private copy (`1-libloud.so`).
  @Test func aHotLoadedLibraryLogsUnderItsOwnFileNameFromItsEntry() throws {
    let workspace = try PluginWorkspace()
    let library = try workspace.install("logs_every_level", as: "libloud.so")
    let host = try workspace.startHost()
    try host.result("plugins.load", ["path": .string(library)])
    #expect(
      host.eventually { host.stderrText().contains("fleet-clearance: adapter libloud.so: error: logged in entry") },
      "\(host.stderrText())")
    #expect(host.stderrText().contains("fleet-clearance: adapter loud: info: logged at info"))
  }

  /// Regression: adapter lines ignored `--log-level` and did not say which
  /// adapter wrote them.
  @Test func onlyLevelsUpToTheThresholdAreWritten() throws {
    let quiet = try Self.stderr(logLevel: "error")
    #expect(quiet.contains("fleet-clearance: adapter loud: error: logged at error"), "\(quiet)")
    #expect(!quiet.contains("logged at warn") && !quiet.contains("logged at debug"), "\(quiet)")
    let chatty = try Self.stderr(logLevel: "debug")
    for level in ["error", "warn", "info", "debug"] {
      #expect(chatty.contains("fleet-clearance: adapter loud: \(level): logged at \(level)"), "\(chatty)")
    }
  }
}

/// A host started with stdout or stderr closed still keeps protocol
/// messages, logs and adapter output apart.
@Suite struct ClosedStandardDescriptorTests {
  /// Regression: with stderr closed, stdout could not be pointed at it, so
  /// the adapter's output reached the protocol stream; with stdout closed,
  /// the data dir's LOCK took its number and received the answers.
  @Test(arguments: ["2>&-", ">&-"])
  func closedAtStart(redirect: String) throws {
    try Products.require()
    let workspace = try PluginWorkspace(
      plugins: #"{"allowed_folders": ["."], "plugins": [{"path": "libchatter.so"}]}"#)
    try workspace.install("stdout_chatter", as: "libchatter.so")
    let data = try TemporaryFolder()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = [
      "-c", #"exec "$0" --data-dir "$1" --plugins "$2" "# + redirect, Products.host.path, data.url.path,
      workspace.pluginsFile.path,
    ]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let add =
      #"{"jsonrpc":"2.0","id":1,"method":"vehicles.add","params":{"vehicles":[{"vin":"CHATTERVIN0000001","brand":"chatter"}]}}"#
    input.fileHandleForWriting.write(Data((add + "\n").utf8))
    try input.fileHandleForWriting.close()
    let (bytes, status) = try #require(outputAndStatus(of: process, reading: output), "the host did not finish")
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(status == 0)
    let lines = text.split(separator: "\n").map(String.init)
    for line in lines { #expect((try? JSON(parsing: line)) != nil, "not a protocol message: \(line)") }
    #expect(lines.count == (redirect == ">&-" ? 0 : 1), "\(text)")
    let lock = try String(contentsOf: data.url.appendingPathComponent("LOCK"), encoding: .utf8)
    #expect(lock.isEmpty, "LOCK holds \(lock)")
  }
}
