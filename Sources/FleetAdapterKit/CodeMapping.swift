import CFleetAdapter

/// Converts between the kit's Swift enums and the header's numeric codes.
enum CodeMapping {
  static func code(for effect: Effect) -> (fc_effect_t, String?) {
    switch effect {
    case .approve: (UInt32(FC_EFFECT_APPROVE), nil)
    case .pending(let reason): (UInt32(FC_EFFECT_PENDING), reason)
    case .reject(let reason): (UInt32(FC_EFFECT_REJECT), reason)
    case .error(let reason): (UInt32(FC_EFFECT_ERROR), reason)
    case .revoked: (UInt32(FC_EFFECT_REVOKED), nil)
    case .canceled: (UInt32(FC_EFFECT_CANCELED), nil)
    case .dataReceived: (UInt32(FC_EFFECT_DATA_RECEIVED), nil)
    }
  }

  static func state(for code: fc_status_code_t) -> ClearanceState? {
    switch Int32(code) {
    case FC_STATUS_PENDING: .pending
    case FC_STATUS_APPROVED: .approved
    case FC_STATUS_REJECTED: .rejected
    case FC_STATUS_REVOKING: .revoking
    case FC_STATUS_REVOKED: .revoked
    case FC_STATUS_CANCELING: .canceling
    case FC_STATUS_CANCELED: .canceled
    case FC_STATUS_ERROR: .error
    default: nil
    }
  }
}
