import ClearanceCore

/// Keeps everything in memory; `--in-memory`, and the state the journal
/// replays into.
public final class InMemoryStore: ClearanceStore {
  private var clearances: [String: Clearance] = [:]
  private var history: [ChangeRecord] = []
  private var allVINs = SortedKeyIndex()
  private var byStatus: [ClearanceStatus: SortedKeyIndex] = [:]
  private var byBrand: [String: SortedKeyIndex] = [:]
  private var statusCounts: [ClearanceStatus: Int] = [:]
  private var brandCounts: [String: Int] = [:]

  public private(set) var saveCount = 0
  public var journalBytes: Int64 { 0 }
  public var restoredClock: Int64? { nil }
  public var durableClock: Int64? { nil }
  public func takeWarnings() -> [String] { [] }

  public init() {}

  public func commit() throws(StoreError) {}
  public func recordClock(_ secondsSinceEpoch: Int64) {}

  /// Puts back the change history a snapshot held.
  func appendHistory(_ changes: [ChangeRecord]) { history.append(contentsOf: changes) }

  /// The history's length, to roll back to.
  var historyCount: Int { history.count }

  /// Undoes saves that did not become durable: puts back an earlier value
  /// (nil: the VIN did not exist) and cuts the history.
  func restore(vin: String, to old: Clearance?, historyCount: Int) {
    if let old {
      save(old, changes: [])
    } else if let current = clearances.removeValue(forKey: vin) {
      allVINs.noteRemoval()
      byStatus[current.status]?.noteRemoval()
      byBrand[current.brand]?.noteRemoval()
      statusCounts[current.status, default: 0] -= 1
      brandCounts[current.brand, default: 0] -= 1
    }
    if history.count > historyCount { history.removeLast(history.count - historyCount) }
  }

  public var count: Int { clearances.count }
  public var nextSeq: Int64 { Int64(history.count) + 1 }

  public func clearance(vin: String) -> Clearance? { clearances[vin] }

  public func save(_ clearance: Clearance, changes: [ChangeRecord]) {
    saveCount += 1
    let old = clearances.updateValue(clearance, forKey: clearance.vin)
    history.append(contentsOf: changes)
    if let old {
      if old.status != clearance.status {
        byStatus[old.status]?.noteRemoval()
        byStatus[clearance.status, default: SortedKeyIndex()].insert(clearance.vin)
        statusCounts[old.status, default: 0] -= 1
        statusCounts[clearance.status, default: 0] += 1
      }
      if old.brand != clearance.brand {
        byBrand[old.brand]?.noteRemoval()
        byBrand[clearance.brand, default: SortedKeyIndex()].insert(clearance.vin)
        brandCounts[old.brand, default: 0] -= 1
        brandCounts[clearance.brand, default: 0] += 1
      }
    } else {
      allVINs.insert(clearance.vin)
      byStatus[clearance.status, default: SortedKeyIndex()].insert(clearance.vin)
      byBrand[clearance.brand, default: SortedKeyIndex()].insert(clearance.vin)
      statusCounts[clearance.status, default: 0] += 1
      brandCounts[clearance.brand, default: 0] += 1
    }
  }

  public func countsByStatus() -> [ClearanceStatus: Int] { statusCounts.filter { $0.value > 0 } }
  public func countsByBrand() -> [String: Int] { brandCounts.filter { $0.value > 0 } }

  public func changes(after seq: Int64, limit: Int) -> [ChangeRecord] {
    let start = Int(clamping: max(0, seq))
    guard start < history.count else { return [] }
    return Array(history[start..<min(history.count, start + limit)])
  }

  public func forEach(_ body: (Clearance) -> Void) {
    for clearance in clearances.values { body(clearance) }
  }

  public func page(
    after cursor: String?, limit: Int, scope: ListScope, matches: (Clearance) -> Bool,
    shouldStop: () -> Bool
  ) -> ListPage {
    var examined = 0
    var stopped = false
    /// Up to limit + 1 matches from one sorted run of candidate VINs.
    func collect(_ candidates: some Sequence<String>, isMember: (Clearance) -> Bool) -> [Clearance] {
      var found: [Clearance] = []
      for vin in candidates {
        if examined % 1000 == 999 && shouldStop() {
          stopped = true
          break
        }
        examined += 1
        guard let clearance = clearances[vin], isMember(clearance), matches(clearance) else { continue }
        found.append(clearance)
        if found.count > limit { break }
      }
      return found
    }
    var runs: [[Clearance]] = []
    switch scope {
    case .all:
      allVINs.prepare { clearances[$0] != nil }
      runs = [collect(allVINs.keys(after: cursor)) { _ in true }]
    case .vins(let vins):
      let sortedVINs = Set(vins).sorted().filter { cursor == nil || $0 > cursor! }
      runs = [collect(sortedVINs) { _ in true }]
    case .statuses(let statuses):
      for status in Set(statuses) {
        byStatus[status]?.prepare { clearances[$0]?.status == status }
        guard let index = byStatus[status] else { continue }
        runs.append(collect(index.keys(after: cursor)) { $0.status == status })
      }
    case .brands(let brands):
      for brand in Set(brands) {
        byBrand[brand]?.prepare { clearances[$0]?.brand == brand }
        guard let index = byBrand[brand] else { continue }
        runs.append(collect(index.keys(after: cursor)) { $0.brand == brand })
      }
    }
    var merged = runs.count == 1 ? runs[0] : runs.flatMap { $0 }.sorted { $0.vin < $1.vin }
    let hasMore = merged.count > limit
    if hasMore { merged.removeLast(merged.count - limit) }
    return ListPage(clearances: merged, hasMore: hasMore && !stopped, examined: examined, stopped: stopped)
  }
}
