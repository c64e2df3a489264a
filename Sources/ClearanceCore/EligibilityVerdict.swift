/// An adapter's answer to "may this vehicle be activated?".
public enum EligibilityVerdict: Sendable, Hashable {
  /// Activation starts; optionally pending with a declared pending reason.
  case eligible(pendingReason: String?)
  /// Rejected at once with a declared reject reason.
  case notEligible(reason: String)
}
