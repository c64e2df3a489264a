/// What a `vehicles.add` of a VIN that already has a clearance does.
public enum AddDecision: Sendable, Hashable {
  /// Start a new activation: ask the adapter for eligibility first.
  case activate
  /// Already pending or approved for the same brand: report it as it is.
  case unchanged
  /// The brand answers an add during a revoke or cancel with this reject
  /// reason; the stored clearance does not change.
  case refuse(reason: String)
  /// An error item with this description; nothing changes.
  case error(String)
}
