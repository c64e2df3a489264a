import ClearanceCore

/// `vehicles.list`: sorted runs of slots, clearances built only for
/// candidates that belong to the run.
extension InMemoryStore {
  /// A VIN of an explicit list that the store does not hold.
  static let missing = UInt32.max

  public func page(
    after cursor: String?, limit: Int, scope: ListScope, matches: (Clearance) -> Bool,
    shouldStop: () -> Bool
  ) -> ListPage {
    var examined = 0
    var stopped = false
    let bound = cursor.map(VINBound.init)
    /// Up to limit + 1 matches from one sorted run of candidate slots.
    func collect(_ candidates: some Sequence<UInt32>, isMember: (StoredClearance) -> Bool) -> [Clearance] {
      var found: [Clearance] = []
      for slot in candidates {
        if examined % 1000 == 999 && shouldStop() {
          stopped = true
          break
        }
        examined += 1
        guard slot != Self.missing else { continue }
        let stored = slots[Int(slot)]
        guard stored.isLive, isMember(stored) else { continue }
        let clearance = clearance(at: slot, vin: nil)
        guard matches(clearance) else { continue }
        found.append(clearance)
        if found.count > limit { break }
      }
      return found
    }
    let order = self.order
    var runs: [[Clearance]] = []
    switch scope {
    case .all:
      allVINs.prepare(order: order) { slots[Int($0)].isLive }
      runs = [collect(allVINs.slots(after: bound, order: order)) { _ in true }]
    case .vins(let vins):
      let sortedVINs = Set(vins).sorted().filter { cursor == nil || $0 > cursor! }
      runs = [collect(sortedVINs.lazy.map { self.slot(of: $0) ?? Self.missing }) { _ in true }]
    case .statuses(let statuses):
      for status in Set(statuses) {
        let code = status.code
        let isMember = { (stored: StoredClearance) in stored.isLive && stored.status == code }
        byStatus[Int(code)].prepare(order: order) { isMember(slots[Int($0)]) }
        runs.append(collect(byStatus[Int(code)].slots(after: bound, order: order), isMember: isMember))
      }
    case .brands(let brandNames):
      for brand in Set(brandNames) {
        guard let id = brands.existingID(for: brand) else { continue }
        let isMember = { (stored: StoredClearance) in stored.isLive && stored.brand == id }
        byBrand[Int(id)].prepare(order: order) { isMember(slots[Int($0)]) }
        runs.append(collect(byBrand[Int(id)].slots(after: bound, order: order), isMember: isMember))
      }
    }
    var merged = runs.count == 1 ? runs[0] : runs.flatMap { $0 }.sorted { $0.vin < $1.vin }
    let hasMore = merged.count > limit
    if hasMore { merged.removeLast(merged.count - limit) }
    return ListPage(clearances: merged, hasMore: hasMore && !stopped, examined: examined, stopped: stopped)
  }
}
