/// The eight states of a clearance, spelled as the REST API spells them.
public enum ClearanceStatus: String, Sendable, CaseIterable, Hashable {
  case pending
  case approved
  case rejected
  case revoking
  case revoked
  case canceling
  case canceled
  case error

  /// Active clearances block a new activation of the same VIN.
  public var isActive: Bool {
    switch self {
    case .pending, .approved, .revoking, .canceling: true
    case .rejected, .revoked, .canceled, .error: false
    }
  }

  /// A revoke or cancel is on its way at the OEM.
  public var isInTransition: Bool { self == .revoking || self == .canceling }
}
