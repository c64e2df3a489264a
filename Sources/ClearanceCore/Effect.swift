/// What an OEM event or a timer asks the state machine to do.
public enum Effect: String, Sendable, Hashable, CaseIterable {
  case approve
  case pending
  case reject
  case error
  case revoked
  case canceled
  case dataReceived = "data_received"

  /// The reason kind an effect carries, or nil when it carries none.
  public var reasonKind: ReasonKind? {
    switch self {
    case .pending: .pending
    case .reject: .reject
    case .approve, .error, .revoked, .canceled, .dataReceived: nil
    }
  }
}

/// Whether a reason keeps a clearance pending or rejects it.
public enum ReasonKind: String, Sendable, Hashable {
  case pending
  case reject
}
