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
/// Relative paths resolve against the folder holding plugins.json. Every
/// known field is checked for its type: a pin that is silently ignored
/// would load code nobody approved.
struct PluginsFile: Equatable {
  struct Entry: Equatable {
    /// As written, resolved against the folder of plugins.json (not real).
    var path: String
    var required: Bool
    /// Lower-case hex, 64 digits.
    var sha256: String?
  }

  var location: String
  var allowedFolders: [String]
  var entries: [Entry]

  /// No file: nothing to load, and no folder allows loading anything.
  static func empty(location: String) -> PluginsFile {
    PluginsFile(location: location, allowedFolders: [], entries: [])
  }

  private init(location: String, allowedFolders: [String], entries: [Entry]) {
    self.location = location
    self.allowedFolders = allowedFolders
    self.entries = entries
  }

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
    func problem(_ field: String, _ text: String) -> StartupError {
      StartupError("plugins file \(location): \(field) \(text)")
    }
    guard case .object(let object) = value else {
      throw StartupError("plugins file \(location) must hold an object with \"plugins\" and \"allowed_folders\"")
    }
    var allowed: [JSON] = [.string(".")]
    if let value = object["allowed_folders"] {
      guard case .array(let items) = value else {
        throw problem("allowed_folders", "must be an array of folder paths, got \(value.typeName)")
      }
      allowed = items
    }
    allowedFolders = try allowed.enumerated().map { (index, item) throws(StartupError) in
      guard let text = item.stringValue else {
        throw problem("allowed_folders[\(index)]", "must be a string, got \(item.typeName)")
      }
      return FileSystem.resolve(text, against: folder)
    }
    var items: [JSON] = []
    if let value = object["plugins"] {
      guard case .array(let array) = value else {
        throw problem("plugins", "must be an array of {path, required?, sha256?}, got \(value.typeName)")
      }
      items = array
    }
    entries = []
    for (index, item) in items.enumerated() {
      let field = "plugins[\(index)]"
      guard case .object(let plugin) = item else { throw problem(field, "must be an object, got \(item.typeName)") }
      guard let pathValue = plugin["path"] else { throw problem("\(field).path", "is missing") }
      guard let path = pathValue.stringValue else {
        throw problem("\(field).path", "must be a string, got \(pathValue.typeName)")
      }
      var required = false
      if let value = plugin["required"] {
        guard let flag = value.boolValue else {
          throw problem("\(field).required", "must be true or false, got \(value.typeName)")
        }
        required = flag
      }
      var sha256: String?
      if let value = plugin["sha256"] {
        guard let text = value.stringValue else {
          throw problem("\(field).sha256", "must be a string of 64 hex digits, got \(value.typeName)")
        }
        guard Self.isSHA256(text) else {
          throw problem("\(field).sha256", "must be 64 hex digits (plugins.list shows a file's), got \"\(text)\"")
        }
        sha256 = text.lowercased()
      }
      entries.append(Entry(path: FileSystem.resolve(path, against: folder), required: required, sha256: sha256))
    }
  }

  static func isSHA256(_ text: String) -> Bool {
    text.utf8.count == 64
      && text.utf8.allSatisfy { byte in
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x66)
      }
  }

  /// The library's real path if it lies inside an allowed folder (after
  /// resolving symbolic links and `..`), else nil.
  func permittedRealPath(of path: String) -> String? {
    guard let real = FileSystem.realPath(path) else { return nil }
    return isPermitted(realPath: real) ? real : nil
  }

  /// Whether a real path (already resolved) lies inside an allowed folder.
  func isPermitted(realPath real: String) -> Bool {
    for folder in allowedFolders {
      guard let realFolder = FileSystem.realPath(folder) else { continue }
      let prefix = realFolder.hasSuffix("/") ? realFolder : realFolder + "/"
      if real.hasPrefix(prefix) { return true }
    }
    return false
  }

  /// The pin of the entry that names this library (compared by real path).
  func pin(forRealPath real: String) -> String? {
    entries.first { $0.sha256 != nil && FileSystem.realPath($0.path) == real }?.sha256
  }
}

/// A reason the host cannot start: printed as one line on stderr.
public struct StartupError: Error, CustomStringConvertible {
  public var description: String
  public init(_ description: String) { self.description = description }
}
