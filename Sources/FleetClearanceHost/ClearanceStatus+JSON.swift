import ClearanceCore

extension ClearanceStatus {
  /// The raw value as static text, so encoding a status copies bytes
  /// instead of making a String.
  var jsonName: StaticString {
    switch self {
    case .pending: "pending"
    case .approved: "approved"
    case .rejected: "rejected"
    case .revoking: "revoking"
    case .revoked: "revoked"
    case .canceling: "canceling"
    case .canceled: "canceled"
    case .error: "error"
    }
  }
}
