import CFleetAdapter
import ClearanceCore

extension LoadedAdapter {
  /// Asks the adapter whether a vehicle may be activated, and checks that
  /// the answer only uses reasons the brand declared.
  public func checkEligibility(brand: String, vin: String, tags: [Tag]) throws(AdapterCallError)
    -> EligibilityVerdict
  {
    guard let rules = rules(for: brand) else {
      throw failure("check_eligibility", "was asked about brand \"\(brand)\", which it does not serve")
    }
    return try checkEligibility(rules: rules, vin: vin, tags: tags)
  }

  /// The same call for a brand whose rules the caller already holds (as
  /// `rules(for:)` returned them): no second lookup on the hot path.
  public func checkEligibility(rules: BrandRules, vin: String, tags: [Tag]) throws(AdapterCallError)
    -> EligibilityVerdict
  {
    let (status, verdict, reason, message) = try rawEligibility(brand: rules.brand, vin: vin, tags: tags)
    guard status == FC_OK else {
      throw failure("check_eligibility", "returned status \(status)\(message.map { ": \($0)" } ?? "")")
    }
    switch Int32(verdict) {
    case FC_ELIGIBLE:
      if let reason, !rules.declares(reason: reason, kind: .pending) {
        throw failure(
          "check_eligibility", "answered eligible with \"\(reason)\", which is not a declared pending reason")
      }
      return .eligible(pendingReason: reason)
    case FC_NOT_ELIGIBLE:
      guard let reason else { throw failure("check_eligibility", "answered FC_NOT_ELIGIBLE without a reason") }
      guard rules.declares(reason: reason, kind: .reject) else {
        throw failure("check_eligibility", "answered \"\(reason)\", which is not a declared reject reason")
      }
      return .notEligible(reason: reason)
    default:
      throw failure("check_eligibility", "answered verdict \(verdict), neither FC_ELIGIBLE nor FC_NOT_ELIGIBLE")
    }
  }

  /// Asks the adapter what a declared OEM event means for a clearance now.
  /// Without a `map_event` function the declaration is the answer.
  public func mapEvent(_ event: EventDeclaration, clearance: Clearance, detail: String)
    throws(AdapterCallError) -> (effect: Effect, reason: String?)
  {
    guard let rules = rules(for: clearance.brand) else {
      throw failure("map_event", "was asked about brand \"\(clearance.brand)\", which it does not serve")
    }
    guard raw.pointee.map_event != nil else { return (event.effect, event.reason) }
    let (status, effectCode, reason, message) = try rawMapEvent(
      brand: clearance.brand, vin: clearance.vin, event: event.event, detail: detail,
      status: EffectCode.code(for: clearance.status), reason: clearance.reason ?? "",
      dataReceived: clearance.dataReceived, tags: clearance.tags,
      declared: (EffectCode.code(for: event.effect), event.reason))
    guard status == FC_OK else {
      throw failure("map_event", "returned status \(status)\(message.map { ": \($0)" } ?? "")")
    }
    do {
      let effect = try EffectCode.effect(effectCode, field: "answer.effect")
      try DescriptorReader.checkReason(reason, for: effect, rules: rules, field: "answer.reason")
      return (effect, reason)
    } catch {
      throw failure("map_event", error.description)
    }
  }
}
