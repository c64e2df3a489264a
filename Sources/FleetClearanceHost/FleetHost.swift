import AdapterHost
import ClearanceCore
import ClearanceStore
import JSON
import JSONRPC

/// The application behind the JSON-RPC server: it wires each method to the
/// state machine, the adapter registry and the store. One thread only.
public final class FleetHost: RPCHandler {
  public static let name = "fleet-clearance"
  public static let version = "0.1.0"
  public static let protocolVersion = "1.0"

  let store: ClearanceStore
  let registry: AdapterRegistry
  let clock: HostClock
  var timers = TimerQueue()
  /// Set when routing changed, so timers that waited for an adapter may be
  /// due; cleared by `wake`.
  var timersMayBeDue = false
  var subscribed = false
  var shutdownRequested = false
  var requestsServed: Int64 = 0
  var plugins = PluginsConfiguration.unwatched
  let libraryFolder = PrivateLibraryFolder()
  let startedAt = HostClock.monotonicSeconds()
  /// Where the manual clock stood at start-up, before any saved move.
  let manualClockStart: Timestamp

  public init(store: ClearanceStore, registry: AdapterRegistry, clock: HostClock) {
    self.store = store
    self.registry = registry
    self.clock = clock
    manualClockStart = clock.now
    scheduleAllTimers()
  }

  typealias Method = @Sendable (FleetHost) -> (Request, CallContext) throws(RPCError) -> any JSONEncodable

  static let methods: [String: Method] = [
    "initialize": { host in host.initialize },
    "shutdown": { host in host.shutdown },
    "exit": { host in host.exit },
    "ping": { _ in { _, _ in JSON.object(JSONObject()) } },
    "$/cancelRequest": { _ in { _, _ in JSON.null } },
    "host.stats": { host in host.stats },
    "rpc.discover": { _ in { _, _ in OpenRPCDocument.document } },
    "events.subscribe": { host in host.subscribe },
    "vehicles.add": { host in host.addVehicles },
    "vehicles.get": { host in host.getVehicle },
    "vehicles.list": { host in host.listVehicles },
    "vehicles.delete": { host in host.deleteVehicle },
    "vehicles.report": { host in host.report },
    "vehicles.changes": { host in host.changes },
    "brands.list": { host in host.listBrands },
    "plugins.list": { host in host.listPlugins },
    "plugins.load": { host in host.loadPlugin },
    "plugins.reload": { host in host.reloadPlugin },
    "plugins.unload": { host in host.unloadPlugin },
    "clock.now": { host in host.clockNow },
    "clock.advance": { host in host.clockAdvance },
  ]

  public func handle(_ request: Request, context: CallContext) -> Result<any JSONEncodable, RPCError> {
    defer { if !request.isNotification { requestsServed += 1 } }
    if shutdownRequested && request.method != "exit" {
      return .failure(
        .invalidRequest("the host is shutting down after shutdown; send the exit notification", source: "method"))
    }
    guard let method = Self.methods[request.method] else {
      return .failure(.methodNotFound(request.method))
    }
    do {
      return .success(try method(self)(request, context))
    } catch {
      return .failure(error)
    }
  }

  public func millisecondsUntilWake() -> Int? {
    switch (millisecondsUntilTimer(), millisecondsUntilPluginsCheck()) {
    case (let timer?, let check?): min(timer, check)
    case (let timer?, nil): timer
    case (nil, let check): check
    }
  }

  private func millisecondsUntilTimer() -> Int? {
    guard clock.mode == .system, let earliest = timers.earliest else { return nil }
    let seconds = Double(earliest.secondsSinceEpoch) - HostClock.wallSeconds()
    return seconds <= 0 ? 0 : Int(seconds * 1000) + 1
  }

  public var wantsWake: Bool { timersMayBeDue }

  public func wake(context: CallContext) {
    checkPluginsFileIfDue()
    _ = fireDueTimers(now: clock.now, context: context)
    timersMayBeDue = false
  }

  public var changeMark: Int { store.saveCount }

  public func commit() -> RPCError? {
    defer { for warning in store.takeWarnings() { Log.warn(warning) } }
    do {
      try store.commit()
      return nil
    } catch {
      Log.error("could not save changes durably: \(error.description)")
      // The store went back to what is on disk; so do the clock and timers.
      if clock.mode == .manual {
        clock.set(to: store.durableClock.map { Timestamp(secondsSinceEpoch: $0) } ?? manualClockStart)
      }
      timers = TimerQueue()
      scheduleAllTimers()
      return RPCError(
        code: -32603, title: "Internal error",
        detail:
          "saving to the data dir failed (\(error.description)): what this request changed since its last save was undone. Fix the disk, check with vehicles.get, and retry",
        source: "data_dir")
    }
  }
}
