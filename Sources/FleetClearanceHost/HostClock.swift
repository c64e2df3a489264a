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

  /// The last instant RFC 3339 output can show: 9999-12-31T23:59:59Z.
  public static let latest = Timestamp(secondsSinceEpoch: 253_402_300_799)

  public let mode: Mode
  private var manualSeconds: Int64
  /// The fraction of a second accumulated by `advance`, 0 ..< 10^9.
  private var manualNanoseconds: Int64 = 0

  public init(mode: Mode, start: Timestamp = HostClock.manualStart) {
    self.mode = mode
    manualSeconds = start.secondsSinceEpoch
  }

  public var now: Timestamp {
    switch mode {
    case .manual: Timestamp(secondsSinceEpoch: manualSeconds)
    case .system: Timestamp(secondsSinceEpoch: Int64(Self.wallSeconds()))
    }
  }

  /// Whether `advance(seconds:)` keeps the clock at or before `latest`.
  public func canAdvance(seconds: Double) -> Bool {
    seconds.isFinite && seconds >= 0 && seconds < Double(Self.latest.secondsSinceEpoch - manualSeconds + 1)
  }

  /// Moves the manual clock forward; fractions of a second accumulate.
  /// Callers check `canAdvance` first.
  public func advance(seconds: Double) {
    let whole = seconds.rounded(.down)
    var nanoseconds = manualNanoseconds + Int64(((seconds - whole) * 1_000_000_000).rounded(.down))
    var next = manualSeconds + Int64(whole)
    if nanoseconds >= 1_000_000_000 {
      next += 1
      nanoseconds -= 1_000_000_000
    }
    manualSeconds = min(next, Self.latest.secondsSinceEpoch)
    manualNanoseconds = nanoseconds
  }

  /// Moves the manual clock back to a saved instant (a commit failed).
  public func set(to time: Timestamp) {
    manualSeconds = time.secondsSinceEpoch
    manualNanoseconds = 0
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
