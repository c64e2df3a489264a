/// Timers are derived from the clearance and its brand's declarations
/// rather than stored: a timer exists exactly while its conditions hold, so
/// leaving the state or reason cancels it, a restart restores it, and a
/// reloaded adapter's new declarations apply from the switch on.
extension Clearance {
  /// The earliest timer that applies now, with the instant it is due.
  public func nextTimer(rules: BrandRules) -> (due: Timestamp, timer: TimerDeclaration)? {
    var best: (due: Timestamp, timer: TimerDeclaration)?
    for timer in rules.timers where applies(timer) {
      let start = timer.countsFrom == .created ? insertedAt : updatedAt
      let due = start.adding(seconds: timer.afterSeconds)
      if best == nil || due < best!.due { best = (due, timer) }
    }
    return best
  }

  /// Fires every timer due at or before `now`, each stamped with its own
  /// due time, or with the newest entry's time if that is later: an entry
  /// made after the timer came due but before it fired (the host answers
  /// requests before it fires timers) must not end up after an older one.
  /// Returns the entries it appended.
  @discardableResult
  public mutating func fireDueTimers(rules: BrandRules, now: Timestamp) -> [ChangelogEntry] {
    var entries: [ChangelogEntry] = []
    while let (due, timer) = nextTimer(rules: rules), due <= now {
      let stamp = max(due, updatedAt)
      // A timer's effect always applies to the state it was set for.
      guard let entry = try? apply(timer.effect, reason: timer.thenReason, rules: rules, at: stamp)
      else { break }
      entries.append(entry)
    }
    return entries
  }

  private func applies(_ timer: TimerDeclaration) -> Bool {
    guard timer.status == status else { return false }
    if timer.unlessDataReceived && dataReceived { return false }
    if let timerReason = timer.reason, timerReason != reason { return false }
    return true
  }
}
