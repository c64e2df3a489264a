import Foundation
import JSON
import Testing

/// What `plugins.load` refuses, each with its error, and the host keeps
/// serving afterwards.
@Suite struct HotLoadRefusalTests {
  @Test func aLibraryOutsideTheAllowedFoldersIsForbidden() throws {
    let workspace = try PluginWorkspace()
    let elsewhere = try PluginWorkspace()
    let library = try elsewhere.install("nissan", as: "libnissan.so")
    let host = try workspace.startHost()
    let error = try host.error("plugins.load", ["path": .string(library)])
    #expect(error["code"] == -32011, "\(error)")
    #expect(error["data"]?["detail"]?.stringValue?.contains("outside the allowed folders") == true, "\(error)")
    #expect(try !host.brands().contains("nissan"))
    try host.expectServing()
  }

  @Test func aSymbolicLinkPointingOutsideIsForbidden() throws {
    let workspace = try PluginWorkspace()
    let elsewhere = try PluginWorkspace()
    let library = try elsewhere.install("nissan", as: "libnissan.so")
    let link = workspace.url.appendingPathComponent("libnissan.so")
    try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: library)
    let host = try workspace.startHost()
    let error = try host.error("plugins.load", ["path": .string(link.path)])
    #expect(error["code"] == -32011, "\(error)")
    #expect(error["data"]?["detail"]?.stringValue?.contains("resolves to \(library)") == true, "\(error)")
    // `..` out of the allowed folder is the same trick.
    let dotted = "\(workspace.url.path)/../\(elsewhere.url.lastPathComponent)/libnissan.so"
    #expect(try host.error("plugins.load", ["path": .string(dotted)])["code"] == -32011)
    #expect(try !host.brands().contains("nissan"))
    try host.expectServing()
  }

  /// Regression: a directory got -32603 "Internal error" without a source.
  @Test func aDirectoryIsNotALibrary() throws {
    let workspace = try PluginWorkspace()
    let folder = workspace.url.appendingPathComponent("libfolder.so")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
    let host = try workspace.startHost()
    let error = try host.error("plugins.load", ["path": .string(folder.path)])
    #expect(error["code"] == -32001, "\(error)")
    #expect(error["data"]?["source"] == "path")
    #expect(error["data"]?["detail"]?.stringValue?.contains("is a directory") == true, "\(error)")
    try host.expectServing()
  }

  @Test func aWrongPinIsForbidden() throws {
    let pin = String(repeating: "0", count: 64)
    let workspace = try PluginWorkspace(
      plugins: #"{"allowed_folders": ["."], "plugins": [{"path": "libnissan.so", "sha256": "\#(pin)"}]}"#)
    let library = try workspace.install("nissan", as: "libnissan.so")
    let host = try workspace.startHost()
    #expect(try !host.brands().contains("nissan"), "start-up skipped it too")
    let error = try host.error("plugins.load", ["path": .string(library)])
    #expect(error["code"] == -32011, "\(error)")
    let detail = error["data"]?["detail"]?.stringValue ?? ""
    let actual = try PluginWorkspace.sha256(of: library)
    #expect(detail.contains("pins \(pin)") && detail.contains(actual), "\(detail)")
    #expect(try !host.brands().contains("nissan"))
    try host.expectServing()
  }

  /// Validation runs in child processes: the crash ends a child, not the host.
  @Test func aLibraryThatCrashesInInitIsAnAdapterError() throws {
    let workspace = try PluginWorkspace()
    let library = try workspace.install("init_crash", as: "libinit_crash.so")
    let host = try workspace.startHost()
    let error = try host.error("plugins.load", ["path": .string(library)])
    #expect(error["code"] == -32010, "\(error)")
    let detail = error["data"]?["detail"]?.stringValue ?? ""
    #expect(detail.contains("init: crashed with signal 11 (SIGSEGV)"), "\(detail)")
    #expect(detail.contains("fleet-clearance validate \(library)"), "\(detail)")
    #expect(host.process.isRunning)
    try host.expectServing()
    #expect(try !host.brands().contains("init-crash"))
    #expect(try host.result("plugins.list")["plugins"] == [])
  }

  @Test func aTakenBrandIsAConflictUnlessReplaced() throws {
    let workspace = try PluginWorkspace(
      plugins: #"{"allowed_folders": ["."], "plugins": [{"path": "libKia.so", "required": true}]}"#)
    try workspace.install(library: Products.folder.appendingPathComponent("libKia.so").path, as: "libKia.so")
    let impostor = try workspace.install("kia_impostor", as: "libkia_impostor.so")
    let host = try workspace.startHost()

    let error = try host.error("plugins.load", ["path": .string(impostor)])
    #expect(error["code"] == -32002, "\(error)")
    #expect(error["data"]?["detail"]?.stringValue?.contains("\"kia\" is already served by adapter \"kia\"") == true)
    #expect(try host.brands() == ["kia"], "refused as a whole")
    try host.expectServing()

    let entry = try host.result("plugins.load", ["path": .string(impostor), "replace": true])
    #expect(entry["id"] == "kia-impostor" && entry["brands"] == ["impostor-only", "kia"])
    let kia = try host.result("brands.list")["brands"]?.arrayValue?.first { $0["brand"] == "kia" }
    #expect(kia?["adapter"] == "kia-impostor")
    let states = try host.result("plugins.list")["plugins"]?.arrayValue?.map {
      "\($0["id"]?.stringValue ?? "?") \($0["state"]?.stringValue ?? "?")"
    }
    #expect(states == ["kia retired", "kia-impostor active"], "the Kia adapter served nothing else")
    try host.expectServing()
  }

  @Test func theSameIDTwiceIsAConflict() throws {
    let workspace = try PluginWorkspace()
    let library = try workspace.install("nissan", as: "libnissan.so")
    let copy = try workspace.install("nissan", defines: HotLoadTests.v2, as: "libnissan2.so")
    let host = try workspace.startHost()
    try host.result("plugins.load", ["path": .string(library)])
    let error = try host.error("plugins.load", ["path": .string(copy), "replace": true])
    #expect(error["code"] == -32002, "\(error)")
    #expect(error["data"]?["detail"]?.stringValue?.contains("plugins.reload") == true)
    #expect(try host.result("brands.list")["brands"]?.arrayValue?.first?["adapter_version"] == "1.0.0")
    try host.expectServing()
  }
}
