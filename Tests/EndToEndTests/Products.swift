import Foundation

/// Where the build put the host and the adapters, and where the repository is.
enum Products {
  /// The folder that holds the running test bundle and the built products.
  static let folder: URL = {
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var folder = executable.deletingLastPathComponent()
    // Inside an .xctest bundle the binary may sit deeper; climb to the products.
    while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("fleet-clearance").path),
      folder.path != "/"
    {
      folder.deleteLastPathComponent()
    }
    return folder
  }()

  static let host = folder.appendingPathComponent("fleet-clearance")

  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let pluginsFile = repository.appendingPathComponent("plugins.json")

  /// Fails with a clear message when the products were not built.
  static func require() throws {
    for path in [host.path] + ["libVolkswagenGroup.so", "libKia.so"].map({ folder.appendingPathComponent($0).path })
    where !FileManager.default.fileExists(atPath: path) {
      throw MissingProduct(path: path)
    }
  }

  struct MissingProduct: Error, CustomStringConvertible {
    var path: String
    var description: String { "\(path) is missing: run `swift build` before `swift test`" }
  }
}
