import CFleetAdapter
import ClearanceCore

/// Converts the header's numeric codes to the core's enums and back.
enum EffectCode {
  static func effect(_ code: fc_effect_t, field: String) throws(AdapterLoadError) -> Effect {
    switch Int32(code) {
    case FC_EFFECT_APPROVE: .approve
    case FC_EFFECT_PENDING: .pending
    case FC_EFFECT_REJECT: .reject
    case FC_EFFECT_ERROR: .error
    case FC_EFFECT_REVOKED: .revoked
    case FC_EFFECT_CANCELED: .canceled
    case FC_EFFECT_DATA_RECEIVED: .dataReceived
    default: throw .invalidField(field: field, problem: "\(code) is not an FC_EFFECT_* value")
    }
  }

  static func code(for effect: Effect) -> fc_effect_t {
    let code: Int32 =
      switch effect {
      case .approve: FC_EFFECT_APPROVE
      case .pending: FC_EFFECT_PENDING
      case .reject: FC_EFFECT_REJECT
      case .error: FC_EFFECT_ERROR
      case .revoked: FC_EFFECT_REVOKED
      case .canceled: FC_EFFECT_CANCELED
      case .dataReceived: FC_EFFECT_DATA_RECEIVED
      }
    return fc_effect_t(code)
  }

  static func code(for status: ClearanceStatus) -> fc_status_code_t {
    let code: Int32 =
      switch status {
      case .pending: FC_STATUS_PENDING
      case .approved: FC_STATUS_APPROVED
      case .rejected: FC_STATUS_REJECTED
      case .revoking: FC_STATUS_REVOKING
      case .revoked: FC_STATUS_REVOKED
      case .canceling: FC_STATUS_CANCELING
      case .canceled: FC_STATUS_CANCELED
      case .error: FC_STATUS_ERROR
      }
    return fc_status_code_t(code)
  }
}
