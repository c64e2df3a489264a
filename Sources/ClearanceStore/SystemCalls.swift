import Glibc

/// Every system call the store makes goes through this one seam, so that a
/// test can make `write`, `fsync` or `rename` fail (disk full, read-only
/// file system) and check that nothing unsaved is acknowledged.
public protocol SystemCalls: AnyObject {
  /// The corresponding C function is `open`.
  func open(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32
  /// The corresponding C function is `write`.
  func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int
  /// The corresponding C function is `read`.
  func read(_ descriptor: Int32, _ buffer: UnsafeMutableRawBufferPointer) -> Int
  /// The corresponding C function is `fsync`.
  func fsync(_ descriptor: Int32) -> Int32
  /// The corresponding C function is `ftruncate`.
  func ftruncate(_ descriptor: Int32, _ length: Int64) -> Int32
  /// The corresponding C function is `rename`.
  func rename(_ from: String, _ to: String) -> Int32
  /// The corresponding C function is `unlink`.
  func unlink(_ path: String) -> Int32
  /// The corresponding C function is `close`.
  func close(_ descriptor: Int32) -> Int32
  /// A read-only private `mmap` of the first `size` bytes, or nil if the
  /// file cannot be mapped (the store then reads it instead).
  func mapReadOnly(_ descriptor: Int32, _ size: Int) -> UnsafeRawPointer?
}

extension SystemCalls {
  public func mapReadOnly(_ descriptor: Int32, _ size: Int) -> UnsafeRawPointer? {
    guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), base != MAP_FAILED else { return nil }
    return UnsafeRawPointer(base)
  }
}

/// The real calls, retried on EINTR.
public final class POSIXCalls: SystemCalls {
  public init() {}

  public func open(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    retrying { Glibc.open(path, flags | O_CLOEXEC, mode) }
  }

  public func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
    retrying { Glibc.write(descriptor, bytes.baseAddress, bytes.count) }
  }

  public func read(_ descriptor: Int32, _ buffer: UnsafeMutableRawBufferPointer) -> Int {
    retrying { Glibc.read(descriptor, buffer.baseAddress, buffer.count) }
  }

  public func fsync(_ descriptor: Int32) -> Int32 { retrying { Glibc.fsync(descriptor) } }

  public func ftruncate(_ descriptor: Int32, _ length: Int64) -> Int32 {
    retrying { Glibc.ftruncate(descriptor, off_t(length)) }
  }

  public func rename(_ from: String, _ to: String) -> Int32 { Glibc.rename(from, to) }
  public func unlink(_ path: String) -> Int32 { Glibc.unlink(path) }
  public func close(_ descriptor: Int32) -> Int32 { Glibc.close(descriptor) }

  private func retrying<T: BinaryInteger>(_ call: () -> T) -> T {
    while true {
      let result = call()
      if result < 0 && errno == EINTR { continue }
      return result
    }
  }
}

/// A failed system call, with what the store was doing.
public struct StoreError: Error, Sendable, CustomStringConvertible {
  public var description: String

  public init(_ description: String) { self.description = description }

  static func system(_ what: String, _ path: String) -> StoreError {
    StoreError("\(what) \(path) failed: \(String(cString: strerror(errno)))")
  }
}
