import CFleetAdapter
import ClearanceCore

extension DescriptorReader {
  static func brand(_ decl: fc_brand_decl_t, group: String, field: String)
    throws(AdapterLoadError) -> BrandRules
  {
    let name = try string(decl.brand, "\(field).brand", limit: Int(FC_MAX_BRAND_LENGTH), required: true)
    guard InputChecks.isWellFormedBrand(name) else {
      throw .invalidField(
        field: "\(field).brand", problem: "\"\(name)\" must be 1 to 32 characters of a-z, 0-9 and '-'")
    }
    let tagStrings = try plainArray(decl.required_tags, decl.required_tag_count, "\(field).required_tags")
    var requiredTags: [String] = []
    for (index, tag) in tagStrings.enumerated() {
      requiredTags.append(
        try string(tag, "\(field).required_tags[\(index)]", limit: InputChecks.maxTagBytes, required: true))
    }
    var rules = BrandRules(
      brand: name, group: group, canCancel: decl.can_cancel != 0,
      cancelMinAgeSeconds: decl.can_cancel != 0 ? Int64(clamping: decl.cancel_min_age_seconds) : 0,
      requiredTags: requiredTags, approveRequiresData: decl.approve_requires_data != 0)
    rules.reasons = try reasons(decl, field: field)
    rules.events = try events(decl, rules: rules, field: field)
    rules.timers = try timers(decl, rules: rules, field: field)
    if rules.approveRequiresData
      && !rules.declares(reason: Clearance.noDataReceivedReason, kind: .pending)
    {
      throw .invalidField(
        field: "\(field).approve_requires_data",
        problem: "is set, so \"\(Clearance.noDataReceivedReason)\" must be declared as a pending reason")
    }
    if let reason = try AdapterString.read(
      decl.add_during_transition, field: "\(field).add_during_transition", limit: Int(FC_MAX_TEXT_LENGTH))
    {
      guard rules.declares(reason: reason, kind: .reject) else {
        throw .invalidField(
          field: "\(field).add_during_transition", problem: "\"\(reason)\" is not a declared reject reason")
      }
      rules.addDuringTransition = reason
    }
    return rules
  }

  private static func reasons(_ decl: fc_brand_decl_t, field: String) throws(AdapterLoadError)
    -> [ReasonDeclaration]
  {
    let decls = try array(decl.reasons, decl.reason_count, "\(field).reasons", of: fc_reason_decl_t.self)
    var reasons: [ReasonDeclaration] = []
    for (index, reason) in decls.enumerated() {
      let path = "\(field).reasons[\(index)]"
      let text = try string(reason.reason, "\(path).reason", limit: Int(FC_MAX_TEXT_LENGTH), required: true)
      let description = try string(
        reason.description, "\(path).description", limit: Int(FC_MAX_TEXT_LENGTH), required: false)
      let kind: ReasonKind
      switch Int32(reason.kind) {
      case FC_REASON_PENDING: kind = .pending
      case FC_REASON_REJECT: kind = .reject
      default:
        throw .invalidField(
          field: "\(path).kind", problem: "\(reason.kind) is neither FC_REASON_PENDING nor FC_REASON_REJECT")
      }
      if reasons.contains(where: { $0.reason == text && $0.kind == kind }) {
        throw .invalidField(field: "\(path).reason", problem: "\"\(text)\" is declared twice as \(kind.rawValue)")
      }
      // A redeclared global reason is harmless: the host lists it once.
      if kind == .reject && GlobalReasons.contains(text) { continue }
      reasons.append(ReasonDeclaration(text, kind: kind, description: description))
    }
    return reasons
  }

  private static func events(_ decl: fc_brand_decl_t, rules: BrandRules, field: String)
    throws(AdapterLoadError) -> [EventDeclaration]
  {
    let decls = try array(decl.events, decl.event_count, "\(field).events", of: fc_event_decl_t.self)
    var events: [EventDeclaration] = []
    for (index, event) in decls.enumerated() {
      let path = "\(field).events[\(index)]"
      let name = try string(event.event, "\(path).event", limit: Int(FC_MAX_ID_LENGTH), required: true)
      guard isIdentifier(name) else {
        throw .invalidField(field: "\(path).event", problem: "\"\(name)\" must use only a-z, 0-9, '.', '_' and '-'")
      }
      if events.contains(where: { $0.event == name }) {
        throw .invalidField(field: "\(path).event", problem: "\"\(name)\" is declared twice")
      }
      let effect = try EffectCode.effect(event.effect, field: "\(path).effect")
      let reason = try AdapterString.read(event.reason, field: "\(path).reason", limit: Int(FC_MAX_TEXT_LENGTH))
      try checkReason(reason, for: effect, rules: rules, field: "\(path).reason")
      let description = try string(
        event.description, "\(path).description", limit: Int(FC_MAX_TEXT_LENGTH), required: false)
      events.append(EventDeclaration(name, effect: effect, reason: reason, description: description))
    }
    return events
  }

  private static func timers(_ decl: fc_brand_decl_t, rules: BrandRules, field: String)
    throws(AdapterLoadError) -> [TimerDeclaration]
  {
    let decls = try array(decl.timers, decl.timer_count, "\(field).timers", of: fc_timer_decl_t.self)
    var timers: [TimerDeclaration] = []
    for (index, timer) in decls.enumerated() {
      let path = "\(field).timers[\(index)]"
      guard Int32(timer.status) == FC_STATUS_PENDING else {
        throw .invalidField(field: "\(path).status", problem: "must be FC_STATUS_PENDING in ABI 1.0")
      }
      let reason = try AdapterString.read(timer.reason, field: "\(path).reason", limit: Int(FC_MAX_TEXT_LENGTH))
      if let reason, !rules.declares(reason: reason, kind: .pending) {
        throw .invalidField(field: "\(path).reason", problem: "\"\(reason)\" is not a declared pending reason")
      }
      let start: TimerDeclaration.Start
      switch Int32(timer.counts_from) {
      case FC_TIMER_FROM_CREATED: start = .created
      case FC_TIMER_FROM_REASON_SET: start = .reasonSet
      default:
        throw .invalidField(
          field: "\(path).counts_from", problem: "\(timer.counts_from) is not an FC_TIMER_FROM_* value")
      }
      guard timer.after_seconds > 0, timer.after_seconds <= 100 * 365 * 86_400 else {
        throw .invalidField(
          field: "\(path).after_seconds", problem: "\(timer.after_seconds) is not between 1 second and 100 years")
      }
      let effect = try EffectCode.effect(timer.effect, field: "\(path).effect")
      guard effect == .reject || effect == .error else {
        throw .invalidField(
          field: "\(path).effect", problem: "a timer may only reject or error, not \(effect.rawValue)")
      }
      let thenReason = try AdapterString.read(
        timer.then_reason, field: "\(path).then_reason", limit: Int(FC_MAX_TEXT_LENGTH))
      try checkReason(thenReason, for: effect, rules: rules, field: "\(path).then_reason")
      timers.append(
        TimerDeclaration(
          reason: reason, countsFrom: start, unlessDataReceived: timer.unless_data_received != 0,
          afterSeconds: Int64(timer.after_seconds), effect: effect, thenReason: thenReason)
      )
    }
    return timers
  }

  /// The reason rules of fleet_adapter.h's fc_event_decl_t.
  static func checkReason(_ reason: String?, for effect: Effect, rules: BrandRules, field: String)
    throws(AdapterLoadError)
  {
    switch effect {
    case .pending, .reject:
      let kind = effect.reasonKind!
      guard let reason else {
        throw .invalidField(
          field: field, problem: "an effect of \(effect.rawValue) needs a declared \(kind.rawValue) reason")
      }
      guard rules.declares(reason: reason, kind: kind) else {
        throw .invalidField(field: field, problem: "\"\(reason)\" is not a declared \(kind.rawValue) reason")
      }
    case .error:
      if let reason, !rules.declares(reason: reason) {
        throw .invalidField(field: field, problem: "\"\(reason)\" is not a declared reason")
      }
    case .approve, .revoked, .canceled, .dataReceived:
      if let reason {
        throw .invalidField(field: field, problem: "an effect of \(effect.rawValue) takes no reason, got \"\(reason)\"")
      }
    }
  }
}
