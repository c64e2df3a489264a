import ClearanceCore
import Glibc

/// The host's notion of now: the wall clock, or a manual clock that moves
/// only through `clock.advance` so that every timer runs deterministically.
public final class HostClock {
  public enum Mode: String, Sendable {
    case system
    case manual
  }

  /// Where `--clock manual` starts on an empty data dir: 2026-01-01T00:00:00Z.
  public static let manualStart = Timestamp(secondsSinceEpoch: 1_767_225_600)

  public let mode: Mode
  private var manualNanoseconds: Int64

  public init(mode: Mode, start: Timestamp = HostClock.manualStart) {
    self.mode = mode
    manualNanoseconds = start.secondsSinceEpoch * 1_000_000_000
  }

  public var now: Timestamp {
    switch mode {
    case .manual: Timestamp(secondsSinceEpoch: manualNanoseconds / 1_000_000_000)
    case .system: Timestamp(secondsSinceEpoch: Int64(Self.wallSeconds()))
    }
  }

  /// Moves the manual clock forward; fractions of a second accumulate.
  public func advance(seconds: Double) {
    let nanoseconds = seconds * 1_000_000_000
    manualNanoseconds =
      nanoseconds >= Double(Int64.max - manualNanoseconds) ? Int64.max : manualNanoseconds + Int64(nanoseconds)
  }

  /// Moves the manual clock back to a saved instant (a commit failed).
  public func set(to time: Timestamp) {
    manualNanoseconds = time.secondsSinceEpoch * 1_000_000_000
  }

  /// Seconds since the epoch with a fraction, from CLOCK_REALTIME.
  static func wallSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_REALTIME, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }

  /// Monotonic seconds, for uptime.
  static func monotonicSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }
}
