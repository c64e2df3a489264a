import Glibc
import Synchronization

/// Decides whether the server polls its input in a short loop before it
/// sleeps in `poll`.
///
/// A client that waits for each answer sends its next request within
/// microseconds of reading it; catching that request in a loop saves the
/// scheduler's wake-up (tens of microseconds on a VM). The loop only runs
/// right after answers, only while the gaps between an answer and the next
/// request stay short (a client that pauses longer would only cost CPU), and
/// never on a one-CPU machine (it would delay the very client it waits for).
struct InputSpin {
  static let window: UInt64 = 50_000
  /// A gap seen after sleeping includes the wake-up itself.
  static let shortGap: UInt64 = 2 * window
  static let isAvailable = sysconf(Int32(_SC_NPROCESSORS_ONLN)) > 1

  private var answeredAt: UInt64?
  private var gapsAreShort = true

  /// Output was just written.
  mutating func answered() { answeredAt = Self.now() }

  /// Polls `descriptor` in a loop for up to `window`, when worth it; true
  /// when input became ready.
  mutating func spin(_ descriptor: inout pollfd, until stop: () -> Bool) -> Bool {
    guard Self.isAvailable, gapsAreShort, let start = answeredAt else { return false }
    let deadline = start + Self.window
    repeat {
      if poll(&descriptor, 1, 0) > 0 { return true }
    } while Self.now() < deadline && !stop()
    gapsAreShort = false
    return false
  }

  /// After sleeping in `poll`: input came `now - answeredAt` after the last
  /// answer; a short gap makes the next wait spin again.
  mutating func inputArrivedAfterSleep() {
    guard let answeredAt else { return }
    gapsAreShort = Self.now() - answeredAt <= Self.shortGap
    self.answeredAt = nil
  }

  /// Forgets the last answer (the wait had other reasons to end).
  mutating func reset() { answeredAt = nil }

  static func now() -> UInt64 {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
  }
}
