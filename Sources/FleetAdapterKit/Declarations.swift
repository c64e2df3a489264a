/// A reason a brand can give, with its exact client-visible text.
public struct Reason: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    case pending
    case reject
  }

  public var text: String
  public var kind: Kind
  public var description: String

  public static func pending(_ text: String, _ description: String) -> Reason {
    Reason(text: text, kind: .pending, description: description)
  }

  public static func reject(_ text: String, _ description: String) -> Reason {
    Reason(text: text, kind: .reject, description: description)
  }
}

/// What an OEM event (or a timer) does to a clearance.
public enum Effect: Sendable, Hashable {
  case approve
  case pending(String)
  case reject(String)
  case error(String?)
  case revoked
  case canceled
  case dataReceived
}

/// One signal of the OEM's vocabulary.
public struct Event: Sendable, Hashable {
  public var id: String
  public var effect: Effect
  public var description: String

  public init(_ id: String, _ effect: Effect, _ description: String = "") {
    self.id = id
    self.effect = effect
    self.description = description
  }
}

/// A retry window or timeout while a clearance is pending.
public struct PendingTimer: Sendable, Hashable {
  public enum Start: Sendable, Hashable {
    case created
    case reasonSet
  }

  /// nil: whatever the pending reason.
  public var whilePendingReason: String?
  public var countsFrom: Start
  public var unlessDataReceived: Bool
  public var afterSeconds: UInt64
  /// `.reject(reason)` or `.error(reason)`.
  public var then: Effect

  public init(
    whilePending reason: String?, countsFrom: Start, unlessDataReceived: Bool = false,
    afterDays days: UInt64, then: Effect
  ) {
    self.init(
      whilePending: reason, countsFrom: countsFrom, unlessDataReceived: unlessDataReceived,
      afterSeconds: days * 86_400, then: then)
  }

  public init(
    whilePending reason: String?, countsFrom: Start, unlessDataReceived: Bool = false,
    afterSeconds: UInt64, then: Effect
  ) {
    self.whilePendingReason = reason
    self.countsFrom = countsFrom
    self.unlessDataReceived = unlessDataReceived
    self.afterSeconds = afterSeconds
    self.then = then
  }
}

/// The global reject reasons every brand can produce without declaring them.
public enum GlobalReason {
  public static let unspecified = "unspecified"
  public static let invalidClientConfiguration = "invalid client configuration"
  public static let invalidVIN = "invalid VIN"
  public static let ineligibleVIN = "ineligible VIN"
  public static let assignedToDifferentOEMFleet = "VIN is assigned to a different OEM fleet"
  public static let all = [
    unspecified, invalidClientConfiguration, invalidVIN, ineligibleVIN,
    assignedToDifferentOEMFleet,
  ]
}
