import AdapterHost
import ClearanceCore
import JSON
import JSONRPC

extension FleetHost {
  static let maxVehiclesPerCall = 10_000
  static let longCallThreshold = 1_000

  func addVehicles(_ request: Request, context: CallContext) throws(RPCError) -> ItemsReply<AddItem> {
    let params = try Params(request)
    guard let value = params["vehicles"] else {
      throw .invalidParams("vehicles is missing: give an array of {vin, brand, tags?}", source: "vehicles")
    }
    guard case .array(let inputs) = value else {
      throw .invalidParams("vehicles must be an array, got \(value.typeName)", source: "vehicles")
    }
    guard !inputs.isEmpty, inputs.count <= Self.maxVehiclesPerCall else {
      throw .invalidParams(
        "vehicles must hold 1 to \(Self.maxVehiclesPerCall) items, got \(inputs.count)", source: "vehicles")
    }
    let token = params["progress_token"]
    let isLong = inputs.count > Self.longCallThreshold
    var seen = Set<String>(minimumCapacity: inputs.count > 1 ? inputs.count : 0)
    var items: [AddItem] = []
    items.reserveCapacity(inputs.count)
    for (index, input) in inputs.enumerated() {
      // Progress first: a cancel at this point leaves `index` vehicles applied,
      // and the client has heard of them before the -32800.
      if isLong && index > 0 && index % Self.longCallThreshold == 0 {
        guard progress(token, done: index, total: inputs.count, context: context) else {
          throw .internalError("saving to the data dir failed after \(index) of \(inputs.count) vehicles")
        }
        if context.isCancelled() { throw cancelled(done: index, total: inputs.count) }
      }
      items.append(addOne(input, inputCount: inputs.count, seen: &seen, context: context))
    }
    if isLong {
      _ = progress(token, done: inputs.count, total: inputs.count, context: context)
      if context.isCancelled() { throw cancelled(done: inputs.count, total: inputs.count) }
    }
    return ItemsReply(key: "vehicles", items: items)
  }

  private func cancelled(done: Int, total: Int) -> RPCError {
    .requestCancelled(["done": .number(JSONNumber(done)), "total": .number(JSONNumber(total))])
  }

  /// Sends progress and commits what is done; false when that commit failed.
  private func progress(_ token: JSON?, done: Int, total: Int, context: CallContext) -> Bool {
    guard let token, !token.isNull else { return true }
    context.notify(
      method: "$/progress",
      params: ["token": token, "done": .number(JSONNumber(done)), "total": .number(JSONNumber(total))] as JSON)
    return context.flush()
  }

  /// One input of `vehicles.add`: the resulting item, never a thrown error.
  private func addOne(_ input: JSON, inputCount: Int, seen: inout Set<String>, context: CallContext) -> AddItem {
    guard case .object(let object) = input else {
      return errorItem(.null, "each vehicle must be an object with vin and brand, got \(input.typeName)")
    }
    let echo = object["vin"] ?? .null
    guard case .string(let rawVIN)? = object["vin"] else {
      return errorItem(echo, object["vin"] == nil ? "vin is missing" : "vin must be a string, got \(echo.typeName)")
    }
    let vin = InputChecks.normalizedVIN(rawVIN)
    // A one-vehicle call (the common pipelined case) needs no duplicate check.
    guard inputCount == 1 || seen.insert(vin ?? rawVIN).inserted else {
      return errorItem(echo, "the same VIN appears earlier in this call; only its first occurrence is processed")
    }
    guard case .string(let brand)? = object["brand"] else {
      let brandValue = object["brand"]
      return errorItem(
        echo, brandValue == nil ? "brand is missing" : "brand must be a string, got \(brandValue!.typeName)")
    }
    var tags: [Tag] = []
    if let tagValue = object["tags"], !tagValue.isNull {
      guard case .object(let tagObject) = tagValue else {
        return errorItem(echo, "tags must be an object of strings, got \(tagValue.typeName)")
      }
      for (key, value) in tagObject {
        guard case .string(let text) = value else {
          return errorItem(echo, "tag \"\(key)\" must be a string, got \(value.typeName)")
        }
        tags.append(Tag(key: key, value: text))
      }
      if let problem = InputChecks.problem(with: tags) { return errorItem(echo, problem) }
    }
    guard let vin else {
      return errorItem(echo, "invalid VIN format: \"\(rawVIN)\" is not 17 letters and digits")
    }
    guard InputChecks.isWellFormedBrand(brand) else {
      return errorItem(
        echo,
        "unknown brand \"\(brand)\": a brand is 1 to 32 characters of a-z, 0-9 and '-'; brands.list shows the served brands"
      )
    }
    guard let adapter = registry.adapter(forBrand: brand), let rules = adapter.rules(for: brand) else {
      return errorItem(echo, "no adapter is loaded for brand \"\(brand)\"; brands.list shows the served brands")
    }
    let existing = store.clearance(vin: vin)
    if let existing {
      switch existing.addDecision(brand: brand, rules: rules) {
      case .unchanged:
        return .clearance(existing)
      case .refuse(let reason):
        return .refused(vin: vin, brand: brand, reason: reason)
      case .error(let description):
        return errorItem(echo, description)
      case .activate:
        break
      }
    }
    let verdict: EligibilityVerdict
    do {
      verdict = try adapter.checkEligibility(rules: rules, vin: vin, tags: tags)
    } catch {
      Log.error(error.description)
      return errorItem(echo, error.description)
    }
    let now = clock.now
    var clearance: Clearance
    let entry: ChangelogEntry
    if var existing {
      entry = existing.reactivate(brand: brand, tags: tags, verdict: verdict, at: now)
      clearance = existing
    } else {
      clearance = Clearance(vin: vin, brand: brand, tags: tags, verdict: verdict, at: now)
      entry = clearance.changelog[0]
    }
    record(clearance, previousStatus: existing?.status, entries: [entry], rules: rules, context: context)
    return .clearance(clearance)
  }

  private func errorItem(_ vin: JSON, _ description: String) -> AddItem {
    .error(vin: vin, description: description)
  }
}
