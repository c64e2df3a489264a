import ClearanceStore
import Glibc

/// A test hook: `FLEET_CLEARANCE_FAIL_FSYNC=N-M` makes fsync calls number N
/// to M (counting from 1; `N-` for N and every later one, `N` for just N)
/// fail with EIO, so end-to-end tests can see how the host answers when the
/// disk fails. Unset, the real calls are used untouched.
final class FaultInjection: SystemCalls {
  private let real = POSIXCalls()
  private let failing: ClosedRange<Int>
  private var fsyncs = 0

  init(failing: ClosedRange<Int>) { self.failing = failing }

  static func fromEnvironment() -> SystemCalls? {
    guard let raw = getenv("FLEET_CLEARANCE_FAIL_FSYNC") else { return nil }
    let parts = String(cString: raw).split(separator: "-", omittingEmptySubsequences: false)
    guard let first = parts.first.flatMap({ Int($0) }), first >= 1, parts.count <= 2 else {
      Log.warn("test hook FLEET_CLEARANCE_FAIL_FSYNC ignored: write N, N-M or N-")
      return nil
    }
    let last = parts.count == 1 ? first : (parts[1].isEmpty ? Int.max : Int(parts[1]) ?? first)
    Log.warn("test hook: fsync calls \(first) to \(last == Int.max ? "the end" : String(last)) fail")
    return FaultInjection(failing: first...max(first, last))
  }

  func fsync(_ descriptor: Int32) -> Int32 {
    fsyncs += 1
    guard !failing.contains(fsyncs) else {
      errno = EIO
      return -1
    }
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
