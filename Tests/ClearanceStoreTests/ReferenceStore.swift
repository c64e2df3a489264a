import ClearanceCore
import ClearanceStore

/// Swift Testing has a `Tag` too; in these tests it is the clearance's.
typealias Tag = ClearanceCore.Tag

/// The store as it was before the packed layout: a dictionary of values and
/// an array of change records. The compact `InMemoryStore` must answer
/// exactly like it.
final class ReferenceStore {
  private(set) var clearances: [String: Clearance] = [:]
  private(set) var history: [ChangeRecord] = []

  var nextSeq: Int64 { Int64(history.count) + 1 }
  var count: Int { clearances.count }

  func save(_ clearance: Clearance, changes: [ChangeRecord]) {
    clearances[clearance.vin] = clearance
    history += changes
  }

  func restore(vin: String, to old: Clearance?, historyCount: Int) {
    clearances[vin] = old
    history.removeLast(history.count - historyCount)
  }

  func changes(after seq: Int64, limit: Int) -> [ChangeRecord] {
    let start = Int(clamping: max(0, seq))
    guard start < history.count else { return [] }
    return Array(history[start..<min(history.count, start + limit)])
  }

  func countsByStatus() -> [ClearanceStatus: Int] {
    clearances.values.reduce(into: [:]) { $0[$1.status, default: 0] += 1 }
  }

  func countsByBrand() -> [String: Int] {
    clearances.values.reduce(into: [:]) { $0[$1.brand, default: 0] += 1 }
  }

  func page(after cursor: String?, limit: Int, scope: ListScope, matches: (Clearance) -> Bool) -> ([Clearance], Bool) {
    let candidates = clearances.values.filter { clearance in
      switch scope {
      case .all: true
      case .vins(let vins): vins.contains(clearance.vin)
      case .statuses(let statuses): statuses.contains(clearance.status)
      case .brands(let brands): brands.contains(clearance.brand)
      }
    }
    let found = candidates.filter { (cursor == nil || $0.vin > cursor!) && matches($0) }.sorted { $0.vin < $1.vin }
    return (Array(found.prefix(limit)), found.count > limit)
  }
}
