/// The transition table of clearance.md. Every operation either returns the
/// changelog entry it appended (nil: nothing visible changed) or throws a
/// refusal and leaves the clearance untouched.
extension Clearance {
  public static let noDataReceivedReason = "no data received"

  /// A first activation of a VIN.
  public init(
    vin: String, brand: String, tags: [Tag], verdict: EligibilityVerdict, at time: Timestamp
  ) {
    self.init(
      vin: vin, brand: brand, tags: tags,
      changelog: [Self.firstEntry(for: verdict, at: time)], insertedAt: time,
      approvedAt: nil, dataReceived: false, activationReported: false)
  }

  /// What adding this VIN again for `brand` does.
  public func addDecision(brand newBrand: String, rules: BrandRules?) -> AddDecision {
    if status.isActive && brand != newBrand {
      return .error(
        "VIN has an active clearance under brand \"\(brand)\"; delete it before adding it under \"\(newBrand)\""
      )
    }
    switch status {
    case .pending, .approved:
      return .unchanged
    case .revoking, .canceling:
      if let reason = rules?.addDuringTransition { return .refuse(reason: reason) }
      return .error(TransitionRefusal.inTransition.detail)
    case .rejected, .revoked, .canceled, .error:
      return .activate
    }
  }

  /// Re-adds a removed clearance: a new activation, same changelog.
  @discardableResult
  public mutating func reactivate(
    brand: String, tags: [Tag], verdict: EligibilityVerdict, at time: Timestamp
  ) -> ChangelogEntry {
    precondition(!status.isActive, "only a removed clearance can be activated again")
    startActivation(brand: brand, tags: tags, at: time)
    let entry = Self.firstEntry(for: verdict, at: time)
    append(entry)
    return entry
  }

  /// `vehicles.delete`: revoke an approved clearance, cancel a pending one.
  @discardableResult
  public mutating func delete(rules: BrandRules?, at time: Timestamp) throws(TransitionRefusal)
    -> ChangelogEntry
  {
    switch status {
    case .approved:
      return record(.revoking, reason: nil, at: time)
    case .pending:
      guard let rules else { throw .noAdapter(brand: brand) }
      guard rules.canCancel else { throw .cancelNotSupported }
      let age = time.seconds(since: insertedAt)
      guard age >= rules.cancelMinAgeSeconds else {
        throw .tooEarly(ageSeconds: age, minimumSeconds: rules.cancelMinAgeSeconds)
      }
      return record(.canceling, reason: nil, at: time)
    case .revoking, .canceling:
      throw .inTransition
    case .rejected, .revoked, .canceled, .error:
      throw .alreadyRemoved
    }
  }

  /// Applies an OEM report already mapped by the adapter to an effect and
  /// a (declared) reason.
  @discardableResult
  public mutating func apply(
    _ effect: Effect, reason: String?, rules: BrandRules, at time: Timestamp
  ) throws(TransitionRefusal) -> ChangelogEntry? {
    let refusal = TransitionRefusal.invalidTransition(effect: effect, status: status)
    switch effect {
    case .dataReceived:
      markDataReceived()
      guard status == .pending, activationReported else { return nil }
      return approve(at: time)
    case .approve:
      guard status == .pending else { throw refusal }
      markActivationReported()
      if rules.approveRequiresData && !dataReceived {
        return setPendingReason(Self.noDataReceivedReason, at: time)
      }
      return approve(at: time)
    case .pending:
      guard status == .pending else { throw refusal }
      return setPendingReason(reason, at: time)
    case .reject:
      guard status == .pending else { throw refusal }
      return record(.rejected, reason: reason ?? GlobalReasons.unspecified, at: time)
    case .error:
      guard status == .pending else { throw refusal }
      return record(.error, reason: reason, at: time)
    case .revoked:
      guard status == .approved || status == .revoking else { throw refusal }
      return record(.revoked, reason: reason, at: time)
    case .canceled:
      guard status == .canceling else { throw refusal }
      return record(.canceled, reason: reason, at: time)
    }
  }

  private static func firstEntry(for verdict: EligibilityVerdict, at time: Timestamp)
    -> ChangelogEntry
  {
    switch verdict {
    case .eligible(let reason): ChangelogEntry(timestamp: time, status: .pending, reason: reason)
    case .notEligible(let reason): ChangelogEntry(timestamp: time, status: .rejected, reason: reason)
    }
  }

  private mutating func approve(at time: Timestamp) -> ChangelogEntry {
    markApproved(at: time)
    return record(.approved, reason: nil, at: time)
  }

  /// A pending reason that does not change makes no entry (and so does not
  /// restart a timer that counts from the reason).
  private mutating func setPendingReason(_ newReason: String?, at time: Timestamp)
    -> ChangelogEntry?
  {
    guard newReason != reason else { return nil }
    return record(.pending, reason: newReason, at: time)
  }

  private mutating func record(_ status: ClearanceStatus, reason: String?, at time: Timestamp)
    -> ChangelogEntry
  {
    let entry = ChangelogEntry(timestamp: time, status: status, reason: reason)
    append(entry)
    return entry
  }
}
