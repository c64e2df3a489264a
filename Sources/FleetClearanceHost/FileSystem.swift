import Glibc

/// The few file operations start-up needs, as thin POSIX wrappers.
enum FileSystem {
  static func readFile(_ path: String) throws(StartupError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw StartupError(String(cString: strerror(errno))) }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count < 0 { throw StartupError(String(cString: strerror(errno))) }
      if count == 0 { return bytes }
      bytes.append(contentsOf: chunk[0..<count])
    }
  }

  static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

  /// Whether `path` names a regular file (after symbolic links).
  static func isRegularFile(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
  }

  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  static func resolve(_ path: String, against folder: String) -> String {
    path.hasPrefix("/") ? path : (folder == "." ? path : "\(folder)/\(path)")
  }

  /// `path` made absolute against the current directory.
  static func absolute(_ path: String) -> String {
    path.hasPrefix("/") ? path : currentDirectory() + "/" + path
  }

  static func currentDirectory() -> String {
    var buffer = [CChar](repeating: 0, count: 4096)
    guard getcwd(&buffer, buffer.count) != nil else { return "." }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Creates the folder if needed and checks that it can be written.
  static func prepareWritableDirectory(_ path: String) throws(StartupError) {
    if mkdir(path, 0o755) != 0 && errno != EEXIST {
      throw StartupError("cannot create data dir \(path): \(String(cString: strerror(errno)))")
    }
    guard access(path, W_OK) == 0 else {
      throw StartupError("data dir \(path) is not writable: \(String(cString: strerror(errno)))")
    }
  }
}
