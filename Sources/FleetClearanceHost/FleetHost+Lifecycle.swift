import AdapterHost
import ClearanceCore
import JSON
import JSONRPC

extension FleetHost {
  static let knownEvents = ["fleet_clearance_changed"]

  func initialize(_ request: Request, context: CallContext) throws(RPCError) -> JSON {
    let params = try Params(request)
    if let capabilities = params["capabilities"], !capabilities.isNull {
      guard case .object(let object) = capabilities else {
        throw .invalidParams("capabilities must be an object", source: "capabilities")
      }
      if let events = object["events"] {
        subscribed = try Self.eventNames(events, source: "capabilities.events").contains("fleet_clearance_changed")
      }
    }
    return [
      "server_info": ["name": .string(Self.name), "version": .string(Self.version)],
      "protocol_version": .string(Self.protocolVersion),
      "capabilities": [
        "events": .array(Self.knownEvents.map { .string($0) }),
        "progress": true,
        "cancel_request": true,
        "clock": .string(clock.mode.rawValue),
      ],
      "brands": .array(registry.brands.sorted().map { .string($0) }),
    ]
  }

  func subscribe(_ request: Request, context: CallContext) throws(RPCError) -> JSON {
    let params = try Params(request)
    guard let events = params["events"] else {
      throw .invalidParams(
        "events is missing: give [\"fleet_clearance_changed\"], or [] to unsubscribe", source: "events")
    }
    let names = try Self.eventNames(events, source: "events")
    subscribed = names.contains("fleet_clearance_changed")
    return ["events": .array(names.map { .string($0) })]
  }

  static func eventNames(_ value: JSON, source: String) throws(RPCError) -> [String] {
    guard case .array(let items) = value else {
      throw .invalidParams("\(source) must be an array of event names", source: source)
    }
    var names: [String] = []
    for (index, item) in items.enumerated() {
      guard case .string(let name) = item, knownEvents.contains(name) else {
        throw .invalidParams(
          "\(source)[\(index)] is not a known event; the only event is fleet_clearance_changed",
          source: "\(source)[\(index)]")
      }
      if !names.contains(name) { names.append(name) }
    }
    return names
  }

  func shutdown(_ request: Request, context: CallContext) throws(RPCError) -> JSON {
    shutdownRequested = true
    return .null
  }

  func exit(_ request: Request, context: CallContext) throws(RPCError) -> JSON {
    context.exit(status: shutdownRequested ? 0 : 1)
    return .null
  }

  func stats(_ request: Request, context: CallContext) throws(RPCError) -> JSON {
    var byStatus = JSONObject()
    let statusCounts = store.countsByStatus()
    for status in ClearanceStatus.allCases {
      byStatus[status.rawValue] = .number(JSONNumber(statusCounts[status] ?? 0))
    }
    var byBrand = JSONObject()
    for (brand, count) in store.countsByBrand().sorted(by: { $0.key < $1.key }) {
      byBrand[brand] = .number(JSONNumber(count))
    }
    return [
      "uptime_seconds": .number(JSONNumber(Int64(HostClock.monotonicSeconds() - startedAt))),
      "clearances": [
        "total": .number(JSONNumber(store.count)), "by_status": .object(byStatus), "by_brand": .object(byBrand),
      ],
      "adapters": .number(JSONNumber(registry.activeCount)),
      "journal_bytes": .number(JSONNumber(store.journalBytes)),
      "requests_served": .number(JSONNumber(requestsServed)),
    ]
  }

  func clockNow(_ request: Request, context: CallContext) throws(RPCError) -> JSON {
    ["now": .string(clock.now.rfc3339)]
  }

  func clockAdvance(_ request: Request, context: CallContext) throws(RPCError) -> JSON {
    guard clock.mode == .manual else {
      throw .notSupported("clock.advance needs a manual clock: start the host with --clock manual", source: "clock")
    }
    let params = try Params(request)
    guard let value = params["seconds"] else { throw .invalidParams("seconds is missing", source: "seconds") }
    guard let seconds = value.doubleValue, seconds >= 0, seconds.isFinite else {
      throw .invalidParams(
        "seconds must be a number of seconds >= 0, got \(JSONWriter.string(value))", source: "seconds")
    }
    guard clock.canAdvance(seconds: seconds) else {
      throw .invalidParams(
        "seconds \(JSONWriter.string(value)) would move the clock past \(HostClock.latest.rfc3339), the last time the protocol can show",
        source: "seconds")
    }
    clock.advance(seconds: seconds)
    store.recordClock(clock.now.secondsSinceEpoch)
    let fired = fireDueTimers(now: clock.now, context: context)
    return ["now": .string(clock.now.rfc3339), "fired": .number(JSONNumber(fired))]
  }
}
