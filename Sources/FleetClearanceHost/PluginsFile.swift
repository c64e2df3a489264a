import AdapterHost
import Glibc
import JSON

/// plugins.json: which adapter libraries the host loads at start-up and
/// from which folders libraries may be loaded at all.
///
/// ```json
/// {"allowed_folders": [".build"],
///  "plugins": [{"path": ".build/debug/libKia.so", "required": true, "sha256": "..."}]}
/// ```
/// Relative paths resolve against the folder holding plugins.json.
struct PluginsFile {
  struct Entry {
    var path: String
    var required: Bool
    var sha256: String?
  }

  var location: String
  var allowedFolders: [String]
  var entries: [Entry]

  static func load(path: String) throws(StartupError) -> PluginsFile {
    let bytes: [UInt8]
    do { bytes = try FileSystem.readFile(path) } catch {
      throw StartupError("cannot read plugins file \(path): \(error); pass --plugins FILE with a readable file")
    }
    let value: JSON
    do { value = try JSONParser.parse(bytes) } catch {
      throw StartupError("plugins file \(path) is not valid JSON \(error.description)")
    }
    return try PluginsFile(value, location: path)
  }

  init(_ value: JSON, location: String) throws(StartupError) {
    self.location = location
    let folder = FileSystem.directory(of: location)
    guard case .object(let object) = value else {
      throw StartupError("plugins file \(location) must hold an object with \"plugins\" and \"allowed_folders\"")
    }
    let allowed = object["allowed_folders"]?.arrayValue ?? [.string(".")]
    allowedFolders = try allowed.enumerated().map { (index, item) throws(StartupError) in
      guard let text = item.stringValue else {
        throw StartupError("plugins file \(location): allowed_folders[\(index)] must be a string")
      }
      return FileSystem.resolve(text, against: folder)
    }
    entries = []
    for (index, item) in (object["plugins"]?.arrayValue ?? []).enumerated() {
      guard let path = item["path"]?.stringValue else {
        throw StartupError("plugins file \(location): plugins[\(index)].path must be a string")
      }
      entries.append(
        Entry(
          path: FileSystem.resolve(path, against: folder), required: item["required"]?.boolValue ?? false,
          sha256: item["sha256"]?.stringValue?.lowercased()))
    }
  }

  /// The library's real path if it lies inside an allowed folder (after
  /// resolving symbolic links and `..`), else nil.
  func permittedRealPath(of path: String) -> String? {
    guard let real = FileSystem.realPath(path) else { return nil }
    for folder in allowedFolders {
      guard let realFolder = FileSystem.realPath(folder) else { continue }
      let prefix = realFolder.hasSuffix("/") ? realFolder : realFolder + "/"
      if real.hasPrefix(prefix) { return real }
    }
    return nil
  }
}

/// A reason the host cannot start: printed as one line on stderr.
public struct StartupError: Error, CustomStringConvertible {
  public var description: String
  public init(_ description: String) { self.description = description }
}
