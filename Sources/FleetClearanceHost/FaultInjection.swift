import ClearanceStore
import Glibc

/// A test hook: `FLEET_CLEARANCE_FAIL_FSYNC_AFTER=N` makes every fsync after
/// the first N fail with EIO, so end-to-end tests can see how the host
/// answers when the disk fails. Unset, the real calls are used untouched.
final class FaultInjection: SystemCalls {
  private let real = POSIXCalls()
  private var fsyncsLeft: Int

  init(fsyncsLeft: Int) { self.fsyncsLeft = fsyncsLeft }

  static func fromEnvironment() -> SystemCalls? {
    guard let text = getenv("FLEET_CLEARANCE_FAIL_FSYNC_AFTER"), let count = Int(String(cString: text)) else {
      return nil
    }
    Log.warn("test hook: every fsync after the first \(count) fails")
    return FaultInjection(fsyncsLeft: count)
  }

  func fsync(_ descriptor: Int32) -> Int32 {
    guard fsyncsLeft > 0 else {
      errno = EIO
      return -1
    }
    fsyncsLeft -= 1
    return real.fsync(descriptor)
  }

  func open(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { real.open(path, flags, mode) }
  func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int { real.write(descriptor, bytes) }
  func read(_ descriptor: Int32, _ buffer: UnsafeMutableRawBufferPointer) -> Int { real.read(descriptor, buffer) }
  func ftruncate(_ descriptor: Int32, _ length: Int64) -> Int32 { real.ftruncate(descriptor, length) }
  func rename(_ from: String, _ to: String) -> Int32 { real.rename(from, to) }
  func unlink(_ path: String) -> Int32 { real.unlink(path) }
  func close(_ descriptor: Int32) -> Int32 { real.close(descriptor) }
}
