import ClearanceCore

/// A scan that skips clearances by brand and status without building them:
/// at start-up most of a fleet sits in states without timers, and building
/// a million `Clearance` values only to drop them cost as much as replaying
/// the journal.
extension InMemoryStore {
  public func forEach(brandAndStatus include: (String, ClearanceStatus) -> Bool, _ body: (Clearance) -> Void) {
    let statuses = ClearanceStatus.codeCount
    // Per brand id and status code, asked up front for every brand and
    // status that has clearances: when no pair is wanted, nothing is scanned.
    var wanted = [Bool](repeating: false, count: brands.count * statuses)
    var any = false
    for (brand, count) in brandCounts.enumerated() where count > 0 {
      for (code, statusCount) in statusCounts.enumerated() where statusCount > 0 {
        let include = include(brands[UInt32(brand)], ClearanceStatus(code: UInt8(code)))
        wanted[brand * statuses + code] = include
        any = any || include
      }
    }
    guard any else { return }
    for slot in slots.indices {
      let stored = slots[slot]
      guard stored.isLive, wanted[Int(stored.brand) * statuses + Int(stored.status)] else { continue }
      body(clearance(at: UInt32(slot), vin: nil))
    }
  }
}
