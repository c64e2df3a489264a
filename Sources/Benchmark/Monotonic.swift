import Glibc

/// The monotonic clock, for wall-time measurements.
enum Monotonic {
  static func nanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }

  static func seconds(since start: UInt64) -> Double {
    Double(nanoseconds() - start) / 1e9
  }
}
