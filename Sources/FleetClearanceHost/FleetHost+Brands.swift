import AdapterHost
import ClearanceCore
import JSON
import JSONRPC

extension FleetHost {
  func listBrands(_ request: Request, context: CallContext) throws(RPCError) -> JSON {
    var brands: [JSON] = []
    for brand in registry.brands.sorted() {
      guard let adapter = registry.adapter(forBrand: brand), let rules = adapter.rules(for: brand) else { continue }
      brands.append(Self.brandEntry(rules, adapter: adapter.descriptor))
    }
    return ["brands": .array(brands)]
  }

  static func brandEntry(_ rules: BrandRules, adapter: AdapterDescriptor) -> JSON {
    let reasons: [JSON] = rules.allReasons.map {
      ["reason": .string($0.reason), "kind": .string($0.kind.rawValue), "description": .string($0.description)]
    }
    let events: [JSON] = rules.events.map { event in
      var object = JSONObject()
      object["event"] = .string(event.event)
      object["effect"] = .string(event.effect.rawValue)
      if let reason = event.reason { object["reason"] = .string(reason) }
      if !event.description.isEmpty { object["description"] = .string(event.description) }
      return .object(object)
    }
    let timers: [JSON] = rules.timers.map { timer in
      [
        "status": .string(timer.status.rawValue),
        "reason": timer.reason.map { .string($0) } ?? .null,
        "counts_from": .string(timer.countsFrom.rawValue),
        "unless_data_received": .bool(timer.unlessDataReceived),
        "after_seconds": .number(JSONNumber(timer.afterSeconds)),
        "effect": .string(timer.effect.rawValue),
        "then_reason": timer.thenReason.map { .string($0) } ?? .null,
      ]
    }
    return [
      "brand": .string(rules.brand),
      "group": .string(rules.group),
      "adapter": .string(adapter.id),
      "adapter_version": .string(adapter.version),
      "can_cancel": .bool(rules.canCancel),
      "cancel_min_age_seconds": rules.canCancel ? .number(JSONNumber(rules.cancelMinAgeSeconds)) : .null,
      "required_tags": .array(rules.requiredTags.map { .string($0) }),
      "reasons": .array(reasons),
      "events": .array(events),
      "timers": .array(timers),
      "approve_requires_data": .bool(rules.approveRequiresData),
      "add_during_transition": rules.addDuringTransition.map { .string($0) } ?? .null,
    ]
  }

  func listPlugins(_ request: Request, context: CallContext) throws(RPCError) -> JSON {
    ["plugins": .array(registry.plugins.indices.map(pluginJSON))]
  }

  /// One `plugins.list` entry; also the result of `plugins.load`,
  /// `plugins.reload` and `plugins.unload`.
  func pluginJSON(at index: Int) -> JSON {
    let entry = registry.plugins[index]
    return [
      "id": .string(entry.id),
      "generation": .number(JSONNumber(entry.generation)),
      "version": .string(entry.adapter.descriptor.version),
      "abi_version": .string(entry.adapter.descriptor.abiVersion),
      "path": .string(entry.path),
      "source_path": .string(entry.sourcePath),
      "sha256": .string(registry.sha256(of: index)),
      "brands": .array(entry.brands.map { .string($0) }),
      "loaded_at": .string(Timestamp(secondsSinceEpoch: entry.loadedAt).rfc3339),
      "state": .string(entry.state.rawValue),
    ]
  }
}
