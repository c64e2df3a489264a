import AdapterFixtures
import Foundation
import JSON
import Testing

/// A temporary folder with its own plugins.json (allowing that folder by
/// default) and adapter libraries copied in, for hosts that hot-load.
final class PluginWorkspace {
  let folder: TemporaryFolder
  var url: URL { folder.url }
  var pluginsFile: URL { url.appendingPathComponent("plugins.json") }

  init(plugins: String = #"{"allowed_folders": ["."], "plugins": []}"#) throws {
    folder = try TemporaryFolder()
    try writePlugins(plugins)
  }

  /// The path of `name` inside the workspace, with symbolic links resolved
  /// (the host reports real paths).
  func path(_ name: String) -> String {
    url.appendingPathComponent(name).resolvingSymlinksInPath().path
  }

  /// Builds a C fixture and ships it as `name` the way an operator should:
  /// written under a temporary name, then renamed over the old file.
  @discardableResult
  func install(_ fixture: String, defines: [String] = [], as name: String) throws -> String {
    try install(library: try FixtureLibrary.path(fixture, defines: defines), as: name)
  }

  @discardableResult
  func install(library: String, as name: String) throws -> String {
    let target = url.appendingPathComponent(name).path
    let temporary = target + ".incoming"
    try? FileManager.default.removeItem(atPath: temporary)
    try FileManager.default.copyItem(atPath: library, toPath: temporary)
    guard rename(temporary, target) == 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
    return path(name)
  }

  /// Replaces plugins.json atomically (a new inode, as editors do).
  func writePlugins(_ text: String) throws {
    try Data(text.utf8).write(to: pluginsFile, options: .atomic)
  }

  /// A host on this workspace's plugins.json, started in the workspace, so
  /// that relative `plugins.load` paths resolve inside it.
  func startHost() throws -> HostProcess {
    try HostProcess(
      arguments: ["--in-memory", "--clock", "manual", "--plugins", pluginsFile.path, "--log-level", "info"],
      workingDirectory: url)
  }

  static func sha256(of path: String) throws -> String {
    let run = Process()
    run.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    run.arguments = ["sha256sum", path]
    let output = Pipe()
    run.standardOutput = output
    try run.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    run.waitUntilExit()
    return String(text.prefix(64))
  }
}

extension HostProcess {
  /// The brands `brands.list` shows now.
  func brands() throws -> [String] {
    (try result("brands.list")["brands"]?.arrayValue ?? []).compactMap { $0["brand"]?.stringValue }
  }

  /// Asks `condition` until it holds or `seconds` pass; returns whether it held.
  func eventually(within seconds: Double = 10, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if try condition() { return true }
      usleep(50_000)
    }
    return try condition()
  }

  /// Checks that the host still answers.
  func expectServing(sourceLocation: SourceLocation = #_sourceLocation) throws {
    #expect(try result("ping", sourceLocation: sourceLocation) == .object(JSONObject()), sourceLocation: sourceLocation)
  }
}
