import Glibc

/// A whole file's bytes, mapped read-only. Recovery reads hundreds of MiB;
/// decoding them in place saves copying them into the heap first. Where a
/// file system cannot map files, the bytes are read into the heap instead.
final class MappedFile {
  private let bytes: UnsafeRawBufferPointer
  private let isMapped: Bool

  init(path: String, calls: SystemCalls) throws(StoreError) {
    let descriptor = calls.open(path, O_RDONLY, 0)
    guard descriptor >= 0 else { throw .system("opening", path) }
    defer { _ = calls.close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw .system("reading the size of", path) }
    let size = Int(info.st_size)
    guard size > 0 else {
      (bytes, isMapped) = (UnsafeRawBufferPointer(start: nil, count: 0), false)
      return
    }
    if let base = calls.mapReadOnly(descriptor, size) {
      _ = madvise(UnsafeMutableRawPointer(mutating: base), size, MADV_SEQUENTIAL)
      (bytes, isMapped) = (UnsafeRawBufferPointer(start: base, count: size), true)
    } else {
      (bytes, isMapped) = (
        UnsafeRawBufferPointer(try Self.read(descriptor, size: size, path: path, calls: calls)), false
      )
    }
  }

  private static func read(
    _ descriptor: Int32, size: Int, path: String, calls: SystemCalls
  ) throws(StoreError) -> UnsafeMutableRawBufferPointer {
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 16)
    var filled = 0
    while filled < size {
      let count = calls.read(descriptor, UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
      guard count > 0 else {
        let failure = count < 0 ? StoreError.system("reading", path) : StoreError("\(path) shrank while it was read")
        buffer.deallocate()
        throw failure
      }
      filled += count
    }
    return buffer
  }

  /// The bytes are valid only inside `body`: the mapping lives as long as
  /// this object, which Swift may end right after its last use.
  func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws(StoreError) -> Result) throws(StoreError) -> Result {
    defer { withExtendedLifetime(self) {} }
    return try body(bytes)
  }

  deinit {
    guard let base = bytes.baseAddress else { return }
    if isMapped {
      munmap(UnsafeMutableRawPointer(mutating: base), bytes.count)
    } else {
      base.deallocate()
    }
  }
}
