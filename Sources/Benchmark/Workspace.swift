import Foundation

/// Where the products are (next to this binary) and the temporary folder
/// that holds plugins.json and the data dirs of one run.
final class Workspace {
  /// The build folder: .build/<triple>/release when run as documented.
  let productFolder: String
  let hostPath: String
  let adapterLibraries: [String]
  let temporaryFolder: String
  let pluginsFile: String
  private var dataDirCount = 0

  init() throws {
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    productFolder = executable.deletingLastPathComponent().path
    hostPath = productFolder + "/fleet-clearance"
    guard FileManager.default.isExecutableFile(atPath: hostPath) else {
      throw BenchError("no host at \(hostPath): build it with swift build -c release")
    }
    let folder = productFolder
    let names = try FileManager.default.contentsOfDirectory(atPath: folder)
    let libraries = names.filter { $0.hasPrefix("lib") && $0.hasSuffix(".so") }.sorted()
    guard libraries.contains("libKia.so") else {
      throw BenchError("no libKia.so in \(folder): build the adapters with swift build -c release")
    }
    adapterLibraries = libraries.map { folder + "/" + $0 }
    temporaryFolder = try Self.makeTemporaryFolder()
    pluginsFile = temporaryFolder + "/plugins.json"
    try pluginsJSON().write(toFile: pluginsFile, atomically: true, encoding: .utf8)
  }

  var isReleaseBuild: Bool { productFolder.hasSuffix("/release") }

  /// Every adapter library of the build, each required, so that a broken
  /// one stops the run instead of quietly shrinking the start-up work.
  private func pluginsJSON() -> String {
    let entries = adapterLibraries.map { #"    {"path": "\#($0)", "required": true}"# }
    return """
      {
        "allowed_folders": ["\(productFolder)"],
        "plugins": [
      \(entries.joined(separator: ",\n"))
        ]
      }

      """
  }

  /// A new, empty data dir.
  func freshDataDir() throws -> String {
    dataDirCount += 1
    let path = temporaryFolder + "/data-\(dataDirCount)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    return path
  }

  func remove() {
    try? FileManager.default.removeItem(atPath: temporaryFolder)
  }

  private static func makeTemporaryFolder() throws -> String {
    let base = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
    var template = Array((base + "/fleet-clearance-bench.XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else {
      throw BenchError("cannot create a temporary folder in \(base): \(String(cString: strerror(errno)))")
    }
    return String(cString: made)
  }
}
