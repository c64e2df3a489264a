/// Everything the host knows about one brand, as its adapter declared it.
/// Plain values: the state machine never sees an adapter.
public struct BrandRules: Sendable, Hashable {
  public var brand: String
  public var group: String
  public var canCancel: Bool
  public var cancelMinAgeSeconds: Int64
  public var requiredTags: [String]
  /// The adapter's own reasons; `allReasons` adds the global ones.
  public var reasons: [ReasonDeclaration]
  public var events: [EventDeclaration]
  public var timers: [TimerDeclaration]
  public var approveRequiresData: Bool
  public var addDuringTransition: String?

  public init(
    brand: String, group: String, canCancel: Bool = false, cancelMinAgeSeconds: Int64 = 86_400,
    requiredTags: [String] = [], reasons: [ReasonDeclaration] = [],
    events: [EventDeclaration] = [], timers: [TimerDeclaration] = [],
    approveRequiresData: Bool = false, addDuringTransition: String? = nil
  ) {
    self.brand = brand
    self.group = group
    self.canCancel = canCancel
    self.cancelMinAgeSeconds = cancelMinAgeSeconds
    self.requiredTags = requiredTags
    self.reasons = reasons
    self.events = events
    self.timers = timers
    self.approveRequiresData = approveRequiresData
    self.addDuringTransition = addDuringTransition
  }

  /// The global reasons followed by the adapter's own.
  public var allReasons: [ReasonDeclaration] { GlobalReasons.all + reasons }

  // Both lists searched in place: `allReasons` would build an array on
  // every adapter answer.
  public func declares(reason: String, kind: ReasonKind) -> Bool {
    let matches = { (declaration: ReasonDeclaration) in declaration.reason == reason && declaration.kind == kind }
    return GlobalReasons.all.contains(where: matches) || reasons.contains(where: matches)
  }

  public func declares(reason: String) -> Bool {
    GlobalReasons.all.contains { $0.reason == reason } || reasons.contains { $0.reason == reason }
  }

  public func event(named name: String) -> EventDeclaration? {
    events.first { $0.event == name }
  }
}

public struct ReasonDeclaration: Sendable, Hashable {
  public var reason: String
  public var kind: ReasonKind
  public var description: String

  public init(_ reason: String, kind: ReasonKind, description: String) {
    self.reason = reason
    self.kind = kind
    self.description = description
  }
}

public struct EventDeclaration: Sendable, Hashable {
  public var event: String
  public var effect: Effect
  public var reason: String?
  public var description: String

  public init(_ event: String, effect: Effect, reason: String? = nil, description: String = "") {
    self.event = event
    self.effect = effect
    self.reason = reason
    self.description = description
  }
}

public struct TimerDeclaration: Sendable, Hashable {
  public enum Start: String, Sendable, Hashable {
    case created
    case reasonSet = "reason_set"
  }

  public var status: ClearanceStatus
  /// nil: whatever the pending reason.
  public var reason: String?
  public var countsFrom: Start
  public var unlessDataReceived: Bool
  public var afterSeconds: Int64
  public var effect: Effect
  /// Always set for `.reject`; `.error` may carry none.
  public var thenReason: String?

  public init(
    status: ClearanceStatus = .pending, reason: String?, countsFrom: Start,
    unlessDataReceived: Bool, afterSeconds: Int64, effect: Effect = .reject, thenReason: String?
  ) {
    self.status = status
    self.reason = reason
    self.countsFrom = countsFrom
    self.unlessDataReceived = unlessDataReceived
    self.afterSeconds = afterSeconds
    self.effect = effect
    self.thenReason = thenReason
  }
}
