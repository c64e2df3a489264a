import ClearanceCore

extension AdapterValidator {
  /// Every declared event of every brand, asked in every state.
  static func eventQueries(_ adapter: LoadedAdapter) -> [(EventDeclaration, Clearance)] {
    var queries: [(EventDeclaration, Clearance)] = []
    for rules in adapter.descriptor.brands {
      for event in rules.events {
        for status in ClearanceStatus.allCases {
          for dataReceived in [false, true] {
            let reason = status == .pending ? rules.reasons.first { $0.kind == .pending }?.reason : nil
            queries.append(
              (event, Samples.clearance(brand: rules.brand, status: status, reason: reason, dataReceived: dataReceived))
            )
          }
        }
      }
    }
    return queries
  }

  static let eventChecks: [ValidationCheck] = [
    ValidationCheck(name: "events-answers") { context throws(CheckFailure) in
      let adapter = try context.adapter()
      context.calling("map_event")
      let queries = eventQueries(adapter)
      for (event, clearance) in queries {
        for detail in ["", "validator detail"] {
          do { _ = try adapter.mapEvent(event, clearance: clearance, detail: detail) } catch {
            throw CheckFailure("brand \(clearance.brand), event \(event.event), \(clearance.status.rawValue): \(error)")
          }
        }
      }
      if !adapter.descriptor.hasMapEvent {
        return "no map_event: every event means what it declares (\(queries.count) checked)"
      }
      return "\(queries.count * 2) mappings answered with declared reasons only"
    },
    ValidationCheck(name: "events-deterministic") { context throws(CheckFailure) in
      let adapter = try context.adapter()
      context.calling("map_event")
      for (event, clearance) in eventQueries(adapter) {
        let first = try? adapter.mapEvent(event, clearance: clearance, detail: "x")
        let again = try? adapter.mapEvent(event, clearance: clearance, detail: "x")
        guard first?.effect == again?.effect, first?.reason == again?.reason else {
          throw CheckFailure("brand \(clearance.brand), event \(event.event): the same query got two different answers")
        }
      }
      return "the same query always gets the same answer"
    },
    // Every declared event of every brand, asked about a pending clearance.
    ValidationCheck(name: "events-speed") { context throws(CheckFailure) in
      let adapter = try context.adapter()
      context.calling("map_event")
      let queries = eventQueries(adapter).filter { $0.1.status == .pending && !$0.1.dataReceived }
      guard !queries.isEmpty else { return "no events declared" }
      return try timeEach(queries, noun: "event", label: { "brand \($0.1.brand), event \($0.0.event)" }) {
        (event, clearance) in
        _ = try? adapter.mapEvent(event, clearance: clearance, detail: "x")
      }
    },
    ValidationCheck(name: "events-garbage") { context throws(CheckFailure) in
      let adapter = try context.adapter()
      context.calling("map_event")
      guard adapter.descriptor.hasMapEvent, let rules = adapter.descriptor.brands.first(where: { !$0.events.isEmpty })
      else {
        return "no map_event: nothing to send garbage to"
      }
      let event = rules.events[0]
      for (name, bytes) in Samples.garbage {
        do {
          _ = try adapter.rawMapEvent(
            brand: Array(rules.brand.utf8), vin: Array(Samples.vin.utf8), event: Array(event.event.utf8),
            detail: bytes, status: EffectCode.code(for: ClearanceStatus.pending), reason: bytes, dataReceived: false,
            tags: [RawTag(keyText: bytes, valueText: bytes)],
            declared: (EffectCode.code(for: event.effect), event.reason))
          // Garbage strings only: fleet_adapter.h promises a real status
          // (FC_STATUS_*) and one of the adapter's brands even here.
          _ = try adapter.rawMapEvent(
            brand: Array(rules.brand.utf8), vin: bytes, event: bytes, detail: [],
            status: EffectCode.code(for: ClearanceStatus.approved), reason: [], dataReceived: true, tags: [RawTag](),
            declared: (EffectCode.code(for: event.effect), event.reason))
        } catch {
          throw CheckFailure("\(name): \(error)")
        }
      }
      return "survives empty, 1 MiB, invalid UTF-8 and NUL-laden strings"
    },
  ]
}
