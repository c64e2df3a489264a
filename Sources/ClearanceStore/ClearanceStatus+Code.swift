import ClearanceCore

/// Statuses as small numbers for the packed records (3 bits are enough).
extension ClearanceStatus {
  static let codeCount = 8

  var code: UInt8 {
    switch self {
    case .pending: 0
    case .approved: 1
    case .rejected: 2
    case .revoking: 3
    case .revoked: 4
    case .canceling: 5
    case .canceled: 6
    case .error: 7
    }
  }

  init(code: UInt8) {
    switch code & 7 {
    case 0: self = .pending
    case 1: self = .approved
    case 2: self = .rejected
    case 3: self = .revoking
    case 4: self = .revoked
    case 5: self = .canceling
    case 6: self = .canceled
    default: self = .error
    }
  }
}
