import AdapterHost
import Glibc
import Synchronization

/// The host's private folder for the libraries it hot-loads. Each load
/// maps a fresh copy under a new name, because `dlopen` of a path that is
/// already loaded returns the old image even when the file changed, and
/// because the bytes validated, hashed and loaded must be the same bytes
/// (the original may change at any time). Created on first use with
/// `mkdtemp` (mode 0700) in `$TMPDIR` or /tmp; removed when the host exits.
final class PrivateLibraryFolder {
  private var folder: String?
  private var copies = 0

  struct CopyError: Error, CustomStringConvertible {
    var description: String
  }

  /// Copies `source` to a new file in the folder; returns the copy's path
  /// and the SHA-256 of exactly the bytes written.
  func copy(_ source: String) throws(CopyError) -> (path: String, sha256: String) {
    let bytes: [UInt8]
    do { bytes = try FileSystem.readFile(source) } catch {
      throw CopyError(description: "cannot read \(source): \(error); make it readable for the host's user")
    }
    let folder: String
    if let existing = self.folder { folder = existing } else { folder = try create() }
    copies += 1
    let name = source.split(separator: "/").last.map(String.init) ?? "library.so"
    let path = "\(folder)/\(copies)-\(name)"
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o500)
    guard descriptor >= 0 else { throw CopyError(description: "cannot create \(path): \(Self.lastError())") }
    defer { close(descriptor) }
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else {
        let reason = Self.lastError()
        unlink(path)
        throw CopyError(description: "cannot write \(path): \(reason)")
      }
      offset += written
    }
    return (path, SHA256.hexDigest(bytes))
  }

  /// Removes a copy that was refused. A copy already mapped stays mapped.
  func discard(_ path: String) { unlink(path) }

  private func create() throws(CopyError) -> String {
    let base = ProcessEnvironment.value("TMPDIR").flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array("\(base)/fleet-clearance-libraries-XXXXXX".utf8CString)
    guard let created = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
      throw CopyError(
        description: "cannot create a private folder in \(base): \(Self.lastError()); set TMPDIR to a writable folder")
    }
    let path = String(cString: created)
    folder = path
    foldersToRemove.withLock { $0.append(path) }
    atexit { removeFoldersAtExit() }
    return path
  }

  private static func lastError() -> String { String(cString: strerror(errno)) }
}

/// Read by the `atexit` handler, which cannot capture anything.
private let foldersToRemove = Mutex<[String]>([])

private func removeFoldersAtExit() {
  for folder in foldersToRemove.withLock({ $0 }) {
    guard let directory = opendir(folder) else { continue }
    while let item = readdir(directory) {
      let name = withUnsafeBytes(of: item.pointee.d_name) { raw in
        String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
      }
      if name != "." && name != ".." { unlink("\(folder)/\(name)") }
    }
    closedir(directory)
    rmdir(folder)
  }
}

enum ProcessEnvironment {
  static func value(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    return String(cString: value)
  }
}
