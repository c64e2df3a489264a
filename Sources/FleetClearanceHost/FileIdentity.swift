import Glibc

/// What tells one version of a file from the next without reading it: the
/// device and inode (a rename over the file changes them), the size and the
/// modification time (an edit in place changes them).
struct FileIdentity: Equatable {
  var device: UInt64
  var inode: UInt64
  var size: Int64
  var modifiedSeconds: Int64
  var modifiedNanoseconds: Int64

  /// The identity of the file at `path` (symbolic links followed), or nil
  /// when there is none. The corresponding C function is `stat`.
  static func of(_ path: String) -> FileIdentity? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return FileIdentity(
      device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
      modifiedSeconds: Int64(info.st_mtim.tv_sec), modifiedNanoseconds: Int64(info.st_mtim.tv_nsec))
  }
}
