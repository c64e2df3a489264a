import Foundation

/// Where `swift build` put the host and the real adapters: the folder that
/// holds the running test binary and `fleet-clearance`.
enum Products {
  static let folder: URL? = {
    var folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    // The test binary may sit inside a bundle; climb until the host is next to us.
    while folder.path != "/" {
      folder.deleteLastPathComponent()
      if FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("fleet-clearance").path) {
        return folder
      }
    }
    return nil
  }()

  static func host() throws -> String { try path(of: "fleet-clearance") }
  static func kia() throws -> String { try path(of: "libKia.so") }
  static func volkswagenGroup() throws -> String { try path(of: "libVolkswagenGroup.so") }

  /// The product's absolute path; throws (failing the test) when it was not built.
  static func path(of name: String) throws -> String {
    guard let folder else { throw Missing(name: "fleet-clearance", folder: nil) }
    let path = folder.appendingPathComponent(name).path
    guard FileManager.default.fileExists(atPath: path) else { throw Missing(name: name, folder: folder.path) }
    return path
  }

  struct Missing: Error, CustomStringConvertible {
    var name: String
    var folder: String?
    var description: String {
      "\(name) is missing from \(folder ?? "the folders above the test binary"): run swift build first (swift build --build-tests does not build every product)"
    }
  }
}
