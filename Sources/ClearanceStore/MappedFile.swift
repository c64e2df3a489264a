import Glibc

/// A whole file's bytes, mapped read-only. Recovery reads hundreds of MiB;
/// decoding them in place saves copying them into the heap first.
final class MappedFile {
  private let bytes: UnsafeRawBufferPointer

  init(path: String, calls: SystemCalls) throws(StoreError) {
    let descriptor = calls.open(path, O_RDONLY, 0)
    guard descriptor >= 0 else { throw .system("opening", path) }
    defer { _ = calls.close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw .system("reading the size of", path) }
    let size = Int(info.st_size)
    guard size > 0 else {
      bytes = UnsafeRawBufferPointer(start: nil, count: 0)
      return
    }
    guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), base != MAP_FAILED else {
      throw .system("mapping", path)
    }
    _ = madvise(base, size, MADV_SEQUENTIAL)
    bytes = UnsafeRawBufferPointer(start: base, count: size)
  }

  /// The bytes are valid only inside `body`: the mapping lives as long as
  /// this object, which Swift may end right after its last use.
  func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws(StoreError) -> Result) throws(StoreError) -> Result {
    defer { withExtendedLifetime(self) {} }
    return try body(bytes)
  }

  deinit {
    if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
  }
}
