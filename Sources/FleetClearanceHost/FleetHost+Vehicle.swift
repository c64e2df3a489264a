import AdapterHost
import ClearanceCore
import JSON
import JSONRPC

extension FleetHost {
  func getVehicle(_ request: Request, context: CallContext) throws(RPCError) -> ClearanceJSON {
    let clearance = try existingClearance(Params(request).vin())
    return ClearanceJSON(clearance: clearance, includeChangelog: true)
  }

  func existingClearance(_ vin: String) throws(RPCError) -> Clearance {
    guard let clearance = store.clearance(vin: vin) else {
      throw .notFound("no clearance for VIN \(vin); add it with vehicles.add", source: "vin")
    }
    return clearance
  }

  func deleteVehicle(_ request: Request, context: CallContext) throws(RPCError) -> JSON {
    var clearance = try existingClearance(Params(request).vin())
    let previous = clearance.status
    let entry: ChangelogEntry
    do {
      entry = try clearance.delete(rules: registry.rules(forBrand: clearance.brand), at: clock.now)
    } catch {
      throw Self.rpcError(for: error, source: "vin")
    }
    record(clearance, previousStatus: previous, entries: [entry], context: context)
    return [
      "vin": .string(clearance.vin), "status": .string(clearance.status.rawValue),
      "tags": TagsJSON.json(clearance.tags),
    ]
  }

  func report(_ request: Request, context: CallContext) throws(RPCError) -> ClearanceJSON {
    let params = try Params(request)
    var clearance = try existingClearance(params.vin())
    let eventName = try params.string("event")
    let detail = try params.optionalString("detail") ?? ""
    guard detail.utf8.count <= 1024 else {
      throw .invalidParams("detail is \(detail.utf8.count) bytes long; at most 1024 are allowed", source: "detail")
    }
    let now = clock.now
    var at = now
    if let text = try params.optionalString("at") {
      guard let time = Timestamp(rfc3339: text) else {
        throw .invalidParams("at must be an RFC 3339 time such as 2026-01-12T09:36:51Z, got \"\(text)\"", source: "at")
      }
      guard time >= clearance.updatedAt else {
        throw .invalidParams(
          "at (\(time.rfc3339)) lies before the clearance's last changelog entry (\(clearance.updatedAt.rfc3339))",
          source: "at")
      }
      guard time <= now else {
        throw .invalidParams("at (\(time.rfc3339)) lies after the host's now (\(now.rfc3339))", source: "at")
      }
      at = time
    }
    guard let adapter = registry.adapter(forBrand: clearance.brand), let rules = adapter.rules(for: clearance.brand)
    else {
      throw Self.rpcError(for: .noAdapter(brand: clearance.brand), source: "vin")
    }
    guard let event = rules.event(named: eventName) else {
      let known = rules.events.map(\.event).joined(separator: ", ")
      throw .invalidParams(
        "event \"\(eventName)\" is not declared for brand \(clearance.brand); declared events: \(known)",
        source: "event")
    }
    let mapped: (effect: Effect, reason: String?)
    do {
      mapped = try adapter.mapEvent(event, clearance: clearance, detail: detail)
    } catch {
      Log.error(error.description)
      throw .adapterError(error.description, source: "event")
    }
    let previous = clearance.status
    var entries: [ChangelogEntry] = []
    do {
      if let entry = try clearance.apply(mapped.effect, reason: mapped.reason, rules: rules, at: at) {
        entries.append(entry)
      }
    } catch {
      throw Self.rpcError(for: error, source: "event")
    }
    entries += clearance.fireDueTimers(rules: rules, now: now)
    record(clearance, previousStatus: previous, entries: entries, context: context)
    return ClearanceJSON(clearance: clearance, includeChangelog: true)
  }

  static func rpcError(for refusal: TransitionRefusal, source: String) -> RPCError {
    switch refusal {
    case .alreadyRemoved, .inTransition: .conflict(refusal.detail, source: source)
    case .cancelNotSupported, .noAdapter: .notSupported(refusal.detail, source: source)
    case .tooEarly: .tooEarly(refusal.detail, source: source)
    case .invalidTransition: .invalidTransition(refusal.detail, source: source)
    }
  }

  func changes(_ request: Request, context: CallContext) throws(RPCError) -> ItemsReply<ChangeJSON> {
    let params = try Params(request)
    let since = try params.integer("since", in: 0...Int64.max, default: 0)
    let limit = try params.integer("limit", in: 1...10_000, default: 1_000)
    let changes = store.changes(after: since, limit: Int(limit))
    return ItemsReply(
      key: "changes", items: changes.map(ChangeJSON.init),
      trailer: [("next_since", .number(JSONNumber(changes.last?.seq ?? since)))])
  }
}
