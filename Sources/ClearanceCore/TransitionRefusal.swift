/// Why the state machine refused an operation; nothing changed.
public enum TransitionRefusal: Error, Sendable, Hashable {
  /// Delete of a rejected, revoked, canceled or error clearance.
  case alreadyRemoved
  /// Delete (or add) while a revoke or cancel is in progress.
  case inTransition
  /// Cancel of a pending clearance whose brand cannot cancel.
  case cancelNotSupported
  /// Cancel before the brand's minimum age.
  case tooEarly(ageSeconds: Int64, minimumSeconds: Int64)
  /// The brand's adapter is not loaded, so nobody can answer for it.
  case noAdapter(brand: String)
  /// An OEM report that does not apply to the current state.
  case invalidTransition(effect: Effect, status: ClearanceStatus)

  /// The specific text for `data.detail`.
  public var detail: String {
    switch self {
    case .alreadyRemoved: "Clearance is already removed"
    case .inTransition: "Clearance is in transition mode"
    case .cancelNotSupported: "cancellation is not supported for this vin"
    case .tooEarly(let age, let minimum):
      "a pending clearance can be canceled once it is \(minimum) seconds old; this one is \(age) seconds old"
    case .noAdapter(let brand):
      "no adapter is loaded for brand \"\(brand)\"; load one with plugins.load or add it to plugins.json"
    case .invalidTransition(let effect, let status):
      "an event with effect \"\(effect.rawValue)\" does not apply to a clearance that is \(status.rawValue)"
    }
  }
}
