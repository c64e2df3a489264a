import AdapterHost
import ClearanceCore
import JSON
import JSONRPC

extension FleetHost {
  /// Stores a clearance with the changelog entries an operation appended,
  /// numbers them, tells subscribers, and schedules its next timer.
  /// `rules`: the brand's rules where the caller holds them already.
  func record(
    _ clearance: Clearance, previousStatus: ClearanceStatus?, entries: [ChangelogEntry], rules: BrandRules? = nil,
    context: CallContext?
  ) {
    var previous = previousStatus
    var seq = store.nextSeq
    var changes: [ChangeRecord] = []
    for entry in entries {
      changes.append(
        ChangeRecord(
          seq: seq, vin: clearance.vin, brand: clearance.brand, status: entry.status, previousStatus: previous,
          reason: entry.reason, timestamp: entry.timestamp, tags: clearance.tags))
      previous = entry.status
      seq += 1
    }
    store.save(clearance, changes: changes)
    if subscribed, let context {
      for change in changes {
        context.notify(method: "fleet_clearance_changed", params: ChangeJSON(change: change))
      }
    }
    schedule(clearance, rules: rules)
  }

  func schedule(_ clearance: Clearance, rules knownRules: BrandRules? = nil) {
    guard let rules = knownRules ?? registry.rules(forBrand: clearance.brand),
      let next = clearance.nextTimer(rules: rules)
    else { return }
    timers.schedule(vin: clearance.vin, due: next.due)
  }

  /// Looks only at clearances whose brand declares a timer for their
  /// status: no other clearance can have one.
  func scheduleAllTimers() {
    store.forEach(brandAndStatus: { brand, status in
      registry.rules(forBrand: brand)?.timers.contains { $0.status == status } ?? false
    }) { schedule($0) }
  }

  /// Fires every timer due at `now`, in time order across the fleet, each
  /// stamped with its own due time. Returns how many fired.
  func fireDueTimers(now: Timestamp, context: CallContext?) -> Int {
    var fired = 0
    while let (due, vin) = timers.popDue(now: now) {
      guard var clearance = store.clearance(vin: vin),
        let rules = registry.rules(forBrand: clearance.brand),
        let next = clearance.nextTimer(rules: rules)
      else { continue }
      // A stale entry: the timer moved later since it was queued (the queue
      // keeps only a VIN's earliest time). Queue the new time, even past now.
      if next.due > due {
        timers.schedule(vin: vin, due: next.due)
        continue
      }
      let previous = clearance.status
      let entries = clearance.fireDueTimers(rules: rules, now: next.due)
      fired += entries.count
      record(clearance, previousStatus: previous, entries: entries, context: context)
    }
    return fired
  }

  /// After a change: a timer already due (a backdated report) fires now.
  func fireDueTimers(of clearance: inout Clearance, rules: BrandRules) -> [ChangelogEntry] {
    clearance.fireDueTimers(rules: rules, now: clock.now)
  }
}
