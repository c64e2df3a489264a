import ClearanceCore

/// Brand rules shaped like the real adapters' declarations (clearance.md),
/// written out here so that the tests do not depend on any adapter.
enum Brands {
  static let noData = "no data received"
  static let privacyMode = "privacy mode is enabled"
  static let customerNameMissing = "customer name tag missing"
  static let consentMissing = "consent assignment missing"
  static let revokeInProgress = "invalid OEM state: VIN revoke in progress"
  static let timeoutNoData = "activation timeout: no data"
  static let telematicsError = "telematics hardware error"
  static let connectivityDisabled = "in-vehicle connectivity settings are disabled"

  /// Cancel after a day, approval waits for data, privacy mode times out
  /// 15 days after it was reported.
  static let vw = BrandRules(
    brand: "volkswagen", group: "Volkswagen Group", canCancel: true, cancelMinAgeSeconds: day,
    requiredTags: ["vw-group-customer-name"],
    reasons: [
      ReasonDeclaration(noData, kind: .pending, description: "no data yet"),
      ReasonDeclaration(privacyMode, kind: .pending, description: "privacy mode on"),
      ReasonDeclaration(privacyMode, kind: .reject, description: "privacy mode stayed on"),
      ReasonDeclaration(customerNameMissing, kind: .reject, description: "tag missing"),
    ],
    timers: [
      TimerDeclaration(
        reason: privacyMode, countsFrom: .reasonSet, unlessDataReceived: false,
        afterSeconds: 15 * day, thenReason: privacyMode)
    ],
    approveRequiresData: true)

  /// No cancel, answers an add during a revoke itself, and gives up on a
  /// missing consent 10 days after it was reported.
  static let ford = BrandRules(
    brand: "ford", group: "Ford",
    reasons: [
      ReasonDeclaration(consentMissing, kind: .pending, description: "waiting for consent"),
      ReasonDeclaration(consentMissing, kind: .reject, description: "no consent"),
      ReasonDeclaration(revokeInProgress, kind: .reject, description: "revoke running"),
    ],
    timers: [
      TimerDeclaration(
        reason: consentMissing, countsFrom: .reasonSet, unlessDataReceived: false,
        afterSeconds: 10 * day, thenReason: consentMissing)
    ],
    addDuringTransition: revokeInProgress)

  /// Cancel, approval waits for data, and a timeout 10 days after creation
  /// unless data arrived.
  static let stellantis = BrandRules(
    brand: "peugeot", group: "Stellantis", canCancel: true,
    reasons: [
      ReasonDeclaration(noData, kind: .pending, description: "no data yet"),
      ReasonDeclaration(telematicsError, kind: .reject, description: "hardware"),
      ReasonDeclaration(timeoutNoData, kind: .reject, description: "no data in time"),
    ],
    timers: [
      TimerDeclaration(
        reason: nil, countsFrom: .created, unlessDataReceived: true, afterSeconds: 10 * day,
        thenReason: timeoutNoData)
    ],
    approveRequiresData: true)

  /// Nothing special: no cancel, no timers, approval on the report alone.
  static let kia = BrandRules(
    brand: "kia", group: "Kia",
    reasons: [ReasonDeclaration(connectivityDisabled, kind: .reject, description: "settings off")])

  static let all = [vw, ford, stellantis, kia]
}

let day: Int64 = 86_400
/// 2026-01-01T00:00:00Z.
let t0 = Timestamp(secondsSinceEpoch: 1_767_225_600)
let vin = "VIN0TESTVIN000000"

extension Timestamp {
  func plus(days: Int64 = 0, seconds: Int64 = 0) -> Timestamp {
    adding(seconds: days * day + seconds)
  }
}

/// A fresh clearance added at `time`, eligible unless told otherwise.
func added(
  _ rules: BrandRules = Brands.kia, verdict: EligibilityVerdict = .eligible(pendingReason: nil),
  tags: [Tag] = [], at time: Timestamp = t0
) -> Clearance {
  Clearance(vin: vin, brand: rules.brand, tags: tags, verdict: verdict, at: time)
}

extension Clearance {
  /// A clearance of `rules`' brand brought into `status` through the
  /// public operations, a day apart, starting with an add at t0.
  static func reached(_ status: ClearanceStatus, _ rules: BrandRules = Brands.vw) throws
    -> Clearance
  {
    var clearance = added(rules)
    let next = t0.plus(days: 1)
    switch status {
    case .pending:
      break
    case .rejected:
      try clearance.apply(.reject, reason: GlobalReasons.invalidVIN, rules: rules, at: next)
    case .error:
      try clearance.apply(.error, reason: nil, rules: rules, at: next)
    case .approved, .revoking, .revoked:
      try clearance.apply(.dataReceived, reason: nil, rules: rules, at: next)
      try clearance.apply(.approve, reason: nil, rules: rules, at: next)
      if status == .approved { break }
      try clearance.delete(rules: rules, at: next.plus(days: 1))
      if status == .revoking { break }
      try clearance.apply(.revoked, reason: nil, rules: rules, at: next.plus(days: 2))
    case .canceling, .canceled:
      try clearance.delete(rules: rules, at: next)
      if status == .canceling { break }
      try clearance.apply(.canceled, reason: nil, rules: rules, at: next.plus(days: 1))
    }
    guard clearance.status == status else { throw FixtureError.wrongStatus(clearance.status) }
    return clearance
  }
}

enum FixtureError: Error { case wrongStatus(ClearanceStatus) }

extension ClearanceStatus {
  static let removed: [ClearanceStatus] = [.rejected, .revoked, .canceled, .error]
}
