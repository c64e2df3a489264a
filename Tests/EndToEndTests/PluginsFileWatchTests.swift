import Foundation
import JSON
import Testing

/// Editing plugins.json while the host runs: the difference from the
/// previous contents is applied when the file changes and on SIGHUP.
@Suite struct PluginsFileWatchTests {
  static let withNissan = #"{"allowed_folders": ["."], "plugins": [{"path": "libnissan.so"}]}"#
  static let withoutNissan = #"{"allowed_folders": ["."], "plugins": []}"#

  @Test func aPinOfTheWrongTypeFailsStartUpNamingTheField() throws {
    let workspace = try PluginWorkspace(plugins: #"{"plugins": [{"path": "libnissan.so", "sha256": 7}]}"#)
    let run = try CommandRun(["--in-memory", "--plugins", workspace.pluginsFile.path])
    #expect(run.status != 0)
    #expect(run.stderr.contains("plugins[0].sha256 must be a string"), "\(run.stderr)")
    #expect(run.stdout.isEmpty)
  }

  @Test func addingAndRemovingAnEntryLoadsAndUnloadsItsAdapter() throws {
    let workspace = try PluginWorkspace(plugins: Self.withoutNissan)
    try workspace.install("nissan", as: "libnissan.so")
    let host = try workspace.startHost()
    #expect(try host.brands() == [])

    try workspace.writePlugins(Self.withNissan)
    #expect(try host.eventually { try host.brands() == ["nissan"] }, "stderr: \(host.stderrText())")
    let loaded = try host.result("plugins.list")["plugins"]?.arrayValue?.first
    #expect(loaded?["source_path"] == .string(workspace.path("libnissan.so")))

    try workspace.writePlugins(Self.withoutNissan)
    #expect(try host.eventually { try host.brands() == [] }, "stderr: \(host.stderrText())")
    #expect(try host.result("plugins.list")["plugins"]?.arrayValue?.first?["state"] == "retired")
    #expect(host.finish() == 0)
  }

  @Test func aChangedLibraryIsReloadedAndABrokenFileIsIgnored() throws {
    let workspace = try PluginWorkspace(plugins: Self.withNissan)
    try workspace.install("nissan", as: "libnissan.so")
    let host = try workspace.startHost()
    #expect(try host.brands() == ["nissan"], "loaded at start-up")

    // A new library and a touched plugins.json: the entry's file changed.
    try workspace.install("nissan", defines: HotLoadTests.v2, as: "libnissan.so")
    try workspace.writePlugins(Self.withNissan + " ")
    let reloaded = try host.eventually {
      try host.result("brands.list")["brands"]?.arrayValue?.first?["adapter_version"] == "2.0.0"
    }
    #expect(reloaded, "stderr: \(host.stderrText())")
    let versions = try host.result("plugins.list")["plugins"]?.arrayValue?.map {
      "\($0["generation"]?.int64Value ?? 0) \($0["state"]?.stringValue ?? "?")"
    }
    #expect(versions == ["1 retired", "2 active"])

    // A file of the wrong shape is logged and changes nothing.
    try workspace.writePlugins(#"{"allowed_folders": ["."], "plugins": {"path": "libnissan.so"}}"#)
    #expect(host.eventually { host.stderrText().contains("plugins must be an array") }, "\(host.stderrText())")
    try host.expectServing()
    #expect(try host.brands() == ["nissan"])
    #expect(host.finish() == 0)
  }

  /// Loaded with plugins.load, then made persistent: the entry adopts the
  /// running version instead of failing as a duplicate.
  @Test func anEntryForAHotLoadedLibraryAdoptsIt() throws {
    let workspace = try PluginWorkspace(plugins: Self.withoutNissan)
    try workspace.install("nissan", as: "libnissan.so")
    let host = try workspace.startHost()
    try host.result("plugins.load", ["path": "libnissan.so"])

    try workspace.writePlugins(Self.withNissan)
    let adopted = host.eventually { host.stderrText().contains("applying the difference") }
    #expect(adopted, "the edit was not noticed: \(host.stderrText())")
    try host.expectServing()
    #expect(!host.stderrText().contains("error"), "\(host.stderrText())")
    let versions = try host.result("plugins.list")["plugins"]?.arrayValue?.map {
      "\($0["generation"]?.int64Value ?? 0) \($0["state"]?.stringValue ?? "?")"
    }
    #expect(versions == ["1 active"])

    try workspace.writePlugins(Self.withoutNissan)
    #expect(try host.eventually { try host.brands() == [] }, "stderr: \(host.stderrText())")
    #expect(host.finish() == 0)
  }

  /// The edit keeps the file's inode, size and modification time, so only
  /// SIGHUP can reveal it.
  @Test func sighupAppliesAnEditTheWatcherCannotSee() throws {
    let width = Self.withNissan.utf8.count
    let padded = { (text: String) in text + String(repeating: " ", count: width - text.utf8.count) }
    let workspace = try PluginWorkspace(plugins: padded(Self.withoutNissan))
    try workspace.install("nissan", as: "libnissan.so")
    let host = try workspace.startHost()
    #expect(try host.brands() == [])

    let file = workspace.pluginsFile.path
    var before = stat()
    try #require(stat(file, &before) == 0)
    let handle = try #require(FileHandle(forWritingAtPath: file))
    try handle.truncate(atOffset: 0)
    try handle.write(contentsOf: Data(padded(Self.withNissan).utf8))
    try handle.close()
    var times = [before.st_atim, before.st_mtim]
    try #require(utimensat(AT_FDCWD, file, &times, 0) == 0)
    var after = stat()
    try #require(stat(file, &after) == 0)
    try #require(
      after.st_ino == before.st_ino && after.st_size == before.st_size
        && after.st_mtim.tv_sec == before.st_mtim.tv_sec && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)
    usleep(1_500_000)  // more than one check of the file
    #expect(try host.brands() == [], "the watcher saw an edit it should not see; the test proves nothing")

    kill(host.process.processIdentifier, SIGHUP)
    #expect(try host.eventually { try host.brands() == ["nissan"] }, "stderr: \(host.stderrText())")
    try host.expectServing()
    #expect(host.finish() == 0)
  }
}
