import Glibc

/// An exclusive lock on the data dir, held for the life of the process, so
/// that two hosts never write the same journal.
final class DataDirLock {
  private let descriptor: Int32

  init(folder: String) throws(StoreError) {
    let path = "\(folder)/LOCK"
    descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw .system("opening the lock file", path) }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      close(descriptor)
      throw StoreError(
        "data dir \(folder) is in use by another fleet-clearance process; stop it or pass another --data-dir")
    }
  }

  deinit { close(descriptor) }
}
