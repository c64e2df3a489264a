extension PendingTimer {
  /// The activation timeout several OEMs share: a clearance still pending,
  /// whatever its reason, `days` after it was added and without any data
  /// received by then, is rejected with `reason`.
  public static func withoutData(afterDays days: UInt64, reject reason: String) -> PendingTimer {
    PendingTimer(
      whilePending: nil, countsFrom: .created, unlessDataReceived: true, afterDays: days,
      then: .reject(reason))
  }
}
