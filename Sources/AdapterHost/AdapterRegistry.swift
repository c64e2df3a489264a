import ClearanceCore
import Glibc

/// The adapters this host has loaded and which brand each one serves.
/// Versions are never removed: a replaced or unloaded one is retired and
/// stays mapped (`AdapterRegistry+Reload.swift`).
public final class AdapterRegistry {
  public internal(set) var plugins: [PluginEntry] = []
  var byBrand: [String: LoadedAdapter] = [:]

  public init() {}

  /// The SHA-256 of a plugin's file as it was loaded, computed once on
  /// first request.
  public func sha256(of index: Int) -> String {
    if let known = plugins[index].knownSHA256 { return known }
    let bytes: [UInt8]?
    if let descriptor = plugins[index].loadedFile {
      bytes = try? FileBytes.read(descriptor: descriptor, path: plugins[index].path)
      close(descriptor)
      plugins[index].loadedFile = nil
    } else {
      bytes = try? FileBytes.read(plugins[index].path)
    }
    let digest = bytes.map(SHA256.hexDigest) ?? "unreadable"
    plugins[index].knownSHA256 = digest
    return digest
  }

  public func adapter(forBrand brand: String) -> LoadedAdapter? { byBrand[brand] }

  public func rules(forBrand brand: String) -> BrandRules? { byBrand[brand]?.rules(for: brand) }

  /// Served brands in a stable order (the order adapters were loaded).
  public var brands: [String] {
    plugins.filter { $0.state == .active }.flatMap(\.brands)
  }

  public var activeCount: Int { plugins.filter { $0.state == .active }.count }

  /// The index of the active version of adapter `id`.
  public func activeIndex(id: String) -> Int? {
    plugins.firstIndex { $0.id == id && $0.state == .active }
  }

  /// Loads a library in this process (fast checks only) and routes its
  /// brands: start-up's way. A brand already served by another adapter is
  /// a conflict.
  @discardableResult
  public func load(path: String, loadedAt: Int64, pin: String? = nil) throws(RegistryError) -> PluginEntry {
    // The pin is checked before the library's code enters the process.
    // Without a pin the checksum waits until someone asks (plugins.list):
    // hashing every library would dominate start-up.
    var sha256: String?
    if let pin {
      let digest: String
      do { digest = SHA256.hexDigest(try FileBytes.read(path)) } catch { throw .load(path: path, error) }
      guard pin == digest else { throw .pinMismatch(path: path, actual: digest, pinned: pin) }
      sha256 = digest
    }
    // Unhashed, the file stays open: the hash asked for later is the hash
    // of what was loaded, even if a new version is renamed over the path.
    let loadedFile = sha256 == nil ? open(path, O_RDONLY | O_CLOEXEC) : -1
    do throws(RegistryError) {
      let adapter: LoadedAdapter
      do { adapter = try AdapterLoader.open(path: path) } catch { throw .load(path: path, error) }
      let entry = try add(adapter, path: path, sourcePath: path, sha256: sha256, loadedAt: loadedAt, replace: false)
      if loadedFile >= 0 { plugins[plugins.count - 1].loadedFile = loadedFile }
      return entry
    } catch {
      if loadedFile >= 0 { close(loadedFile) }
      throw error
    }
  }
}

public enum RegistryError: Error, CustomStringConvertible {
  case load(path: String, AdapterLoadError)
  case brandTaken(brand: String, by: String)
  case duplicateID(id: String, path: String)
  case pinMismatch(path: String, actual: String, pinned: String)
  case unknownID(id: String)
  case idChanged(path: String, expected: String, found: String)

  public var description: String {
    switch self {
    case .load(let path, let error): "\(path): \(error)"
    case .brandTaken(let brand, let other):
      "brand \"\(brand)\" is already served by adapter \"\(other)\""
    case .duplicateID(let id, let path): "\(path): an adapter with id \"\(id)\" is already loaded"
    case .pinMismatch(let path, let actual, let pinned):
      "\(path): SHA-256 is \(actual), but plugins.json pins \(pinned); refusing to load it"
    case .unknownID(let id): "no active adapter has id \"\(id)\"; plugins.list shows the loaded ones"
    case .idChanged(let path, let expected, let found):
      "\(path) now holds adapter \"\(found)\", not \"\(expected)\"; a reload keeps the id: load it with plugins.load"
    }
  }
}

/// Reads a whole file with POSIX calls (the checksum of a library).
enum FileBytes {
  static func read(_ path: String) throws(AdapterLoadError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
    }
    defer { close(descriptor) }
    return try read(descriptor: descriptor, path: path)
  }

  /// The whole file from its start, whatever the descriptor's offset.
  static func read(descriptor: Int32, path: String) throws(AdapterLoadError) -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(bytes.count)) }
      if count < 0 && errno == EINTR { continue }
      if count < 0 { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
      if count == 0 { return bytes }
      bytes.append(contentsOf: chunk[0..<count])
    }
  }
}
