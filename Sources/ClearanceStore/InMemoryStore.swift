import ClearanceCore

/// Keeps everything in memory; `--in-memory`, and the state the journal
/// replays into.
///
/// Clearances go in and come out as `Clearance` and `ChangeRecord` values,
/// but are kept packed (see docs/architecture.md, "Memory layout"): one
/// slot per VIN with the VIN in 16 bytes, ids for brands, reasons and tag
/// sets, changelogs as linked 16-byte entries, and the change history as
/// 16-byte references to those entries. Values are built again on read.
public final class InMemoryStore: ClearanceStore {
  /// Per slot: the VIN and the clearance. Slots are never reused.
  var vins: [PackedVIN] = []
  var slots: [StoredClearance] = []
  var table = VINTable()
  /// VINs that do not pack (never produced by the host's input checks).
  var oddVINs: [String] = []
  var oddSlots: [String: UInt32] = [:]

  var entries: [StoredEntry] = []
  var history: [HistoryRef] = []
  /// Changes that match no stored entry, kept whole.
  var verbatim: [ChangeRecord] = []
  /// Per slot, the entry the next change of a snapshot's history reports
  /// (`appendHistory`); dropped at the next save.
  var snapshotCursor: [UInt32] = []

  var brands = InternTable<ExactString>()
  var reasons = InternTable<ExactString>()
  var tagSets = InternTable<ExactTags>()

  var allVINs = SortedKeyIndex()
  var byStatus = [SortedKeyIndex](repeating: SortedKeyIndex(), count: ClearanceStatus.codeCount)
  /// By brand id.
  var byBrand: [SortedKeyIndex] = []
  var statusCounts = [Int](repeating: 0, count: ClearanceStatus.codeCount)
  var brandCounts: [Int] = []
  var liveCount = 0

  public internal(set) var saveCount = 0
  public var journalBytes: Int64 { 0 }
  public var restoredClock: Int64? { nil }
  public var durableClock: Int64? { nil }
  public func takeWarnings() -> [String] { [] }

  public init() {}

  public func commit() throws(StoreError) {}
  public func recordClock(_ secondsSinceEpoch: Int64) {}

  public var count: Int { liveCount }
  public var nextSeq: Int64 { Int64(history.count) + 1 }

  public func clearance(vin: String) -> Clearance? {
    guard let slot = slot(of: vin) else { return nil }
    // An odd VIN may match a differently spelled equal string: keep the stored one.
    return clearance(at: slot, vin: vins[Int(slot)].isPacked ? vin : nil)
  }

  public func save(_ clearance: Clearance, changes: [ChangeRecord]) { put(clearance, changes: changes) }

  /// `save`, returning what it replaced (its slot, and how to undo it).
  @discardableResult
  func put(_ clearance: Clearance, changes: [ChangeRecord]) -> Replaced {
    saveCount += 1
    if !snapshotCursor.isEmpty { snapshotCursor = [] }
    let slot: UInt32
    var stored: StoredClearance
    let isNew: Bool
    if let existing = self.slot(of: clearance.vin) {
      slot = existing
      stored = slots[Int(existing)]
      isNew = false
    } else {
      slot = addSlot(vin: clearance.vin)
      stored = .empty
      isNew = true
    }
    let replaced = Replaced(slot: slot, old: isNew ? nil : stored, historyCount: history.count)
    let old = stored
    if isNew || !ExactString.same(brands[stored.brand], clearance.brand) { stored.brand = internBrand(clearance.brand) }
    if isNew || !ExactTags.same(tagSets[stored.tags], clearance.tags) { stored.tags = tagSets.id(for: clearance.tags) }
    storeChangelog(clearance.changelog, in: &stored, isNew: isNew)
    stored.status = clearance.status.code
    stored.insertedAt = clearance.insertedAt.secondsSinceEpoch
    stored.approvedAt = clearance.approvedAt?.secondsSinceEpoch ?? 0
    stored.flags =
      StoredClearance.liveFlag | (clearance.approvedAt != nil ? StoredClearance.approvedFlag : 0)
      | (clearance.dataReceived ? StoredClearance.dataReceivedFlag : 0)
      | (clearance.activationReported ? StoredClearance.activationReportedFlag : 0)
    slots[Int(slot)] = stored
    if isNew {
      liveCount += 1
      allVINs.insert(slot)
      byStatus[Int(stored.status)].insert(slot)
      byBrand[Int(stored.brand)].insert(slot)
      statusCounts[Int(stored.status)] += 1
      brandCounts[Int(stored.brand)] += 1
    } else {
      moveInIndexes(slot, from: old, to: stored)
    }
    if !changes.isEmpty { appendChanges(changes, of: clearance, at: slot, stored: stored) }
    return replaced
  }

  /// A live slot's status or brand changed: its indexes and counts follow.
  func moveInIndexes(_ slot: UInt32, from old: StoredClearance, to new: StoredClearance) {
    if old.status != new.status {
      byStatus[Int(old.status)].noteRemoval()
      byStatus[Int(new.status)].insert(slot)
      statusCounts[Int(old.status)] -= 1
      statusCounts[Int(new.status)] += 1
    }
    if old.brand != new.brand {
      byBrand[Int(old.brand)].noteRemoval()
      byBrand[Int(new.brand)].insert(slot)
      brandCounts[Int(old.brand)] -= 1
      brandCounts[Int(new.brand)] += 1
    }
  }

  /// Puts back the change history a snapshot held, each change with its VIN.
  func appendHistory(_ changes: [ChangeRecord]) {
    try? appendSnapshotHistory(changes.map(SnapshotChange.init), puts: SnapshotPuts())
  }

  /// The history's length, to roll back to.
  var historyCount: Int { history.count }

  /// Undoes saves that did not become durable: puts back an earlier value
  /// (nil: the VIN did not exist) and cuts the history.
  func restore(vin: String, to old: Clearance?, historyCount: Int) {
    if let old {
      save(old, changes: [])
    } else if let slot = slot(of: vin) {
      removeSlot(slot)
    }
    cutHistory(to: historyCount)
  }

  public func countsByStatus() -> [ClearanceStatus: Int] {
    var counts: [ClearanceStatus: Int] = [:]
    for (code, count) in statusCounts.enumerated() where count > 0 {
      counts[ClearanceStatus(code: UInt8(code))] = count
    }
    return counts
  }

  public func countsByBrand() -> [String: Int] {
    var counts: [String: Int] = [:]
    for (id, count) in brandCounts.enumerated() where count > 0 { counts[brands[UInt32(id)]] = count }
    return counts
  }

  public func changes(after seq: Int64, limit: Int) -> [ChangeRecord] {
    let start = Int(clamping: max(0, seq))
    guard start < history.count, limit > 0 else { return [] }
    let end = start + min(limit, history.count - start)
    return (start..<end).map { change(at: $0) }
  }

  /// In slot order: a snapshot numbers its puts that way (`putNumbers`).
  public func forEach(_ body: (Clearance) -> Void) {
    for slot in slots.indices where slots[slot].isLive { body(clearance(at: UInt32(slot), vin: nil)) }
  }
}
