/// The clearance states, as an adapter sees them.
public enum ClearanceState: Sendable, Hashable {
  case pending, approved, rejected, revoking, revoked, canceling, canceled, error
}

/// "May this vehicle be activated?" The VIN is already normalized.
public struct EligibilityQuery: Sendable, Hashable {
  public var brand: String
  public var vin: String
  public var tags: [String: String]

  public init(brand: String, vin: String, tags: [String: String]) {
    self.brand = brand
    self.vin = vin
    self.tags = tags
  }
}

public enum Eligibility: Sendable, Hashable {
  case eligible
  /// Activation starts, pending with a declared pending reason.
  case eligiblePending(String)
  /// Rejected at once with a declared (or global) reject reason.
  case notEligible(String)
}

/// "What does this OEM signal mean for this clearance now?"
public struct EventQuery: Sendable, Hashable {
  public var brand: String
  public var vin: String
  public var event: String
  public var detail: String
  public var state: ClearanceState
  public var reason: String?
  public var dataReceived: Bool
  public var tags: [String: String]

  public init(
    brand: String, vin: String, event: String, detail: String, state: ClearanceState,
    reason: String?, dataReceived: Bool, tags: [String: String]
  ) {
    self.brand = brand
    self.vin = vin
    self.event = event
    self.detail = detail
    self.state = state
    self.reason = reason
    self.dataReceived = dataReceived
    self.tags = tags
  }
}

/// A refined meaning of an event: an effect with a declared reason.
public struct EventAnswer: Sendable, Hashable {
  public var effect: Effect

  public init(_ effect: Effect) { self.effect = effect }
}
