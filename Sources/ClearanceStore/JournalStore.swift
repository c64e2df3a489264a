import ClearanceCore
import Glibc

/// The durable store: the in-memory store plus an append-only journal in
/// the data dir, compacted into snapshots. See docs/journal.md.
///
/// `save` applies a change in memory and queues its record; `commit`
/// writes every queued record and fsyncs once (group commit). A failed
/// commit rolls memory back to what is on disk.
public final class JournalStore: ClearanceStore {
  public static let defaultCompactionBytes: Int64 = 64 << 20

  let folder: String
  let calls: SystemCalls
  let memory = InMemoryStore()
  var generation: Int
  var journal: Int32 = -1
  var durableBytes: Int64 = 0
  private var pending: [UInt8] = []
  /// What each queued save replaced, for rolling back a failed commit.
  private var undo: [InMemoryStore.Replaced] = []
  private var clock: Int64?
  /// The clock value the journal holds (what a restart would resume at).
  public private(set) var durableClock: Int64?
  public private(set) var restoredClock: Int64?
  /// Set when the journal can no longer be trusted for appends.
  private var broken: StoreError?
  private let lock: DataDirLock
  public var compactionBytes: Int64

  /// Warnings for the log: recovery's (a dropped torn tail) and failed
  /// compactions. `takeWarnings` hands them over once.
  public internal(set) var warnings: [String] = []

  public func takeWarnings() -> [String] {
    defer { warnings.removeAll() }
    return warnings
  }

  init(folder: String, calls: SystemCalls, lock: DataDirLock, generation: Int, compactionBytes: Int64) {
    self.folder = folder
    self.calls = calls
    self.lock = lock
    self.generation = generation
    self.compactionBytes = compactionBytes
  }

  deinit {
    if journal >= 0 { _ = calls.close(journal) }
  }

  // MARK: ClearanceStore

  public var count: Int { memory.count }
  public var nextSeq: Int64 { memory.nextSeq }
  /// Saves and clock moves: both are changes a commit must make durable.
  public var saveCount: Int { memory.saveCount + clockMoves }
  private var clockMoves = 0
  public var journalBytes: Int64 { durableBytes }

  public func clearance(vin: String) -> Clearance? { memory.clearance(vin: vin) }
  public func countsByStatus() -> [ClearanceStatus: Int] { memory.countsByStatus() }
  public func countsByBrand() -> [String: Int] { memory.countsByBrand() }
  public func changes(after seq: Int64, limit: Int) -> [ChangeRecord] { memory.changes(after: seq, limit: limit) }
  public func forEach(_ body: (Clearance) -> Void) { memory.forEach(body) }
  public func forEach(brandAndStatus include: (String, ClearanceStatus) -> Bool, _ body: (Clearance) -> Void) {
    memory.forEach(brandAndStatus: include, body)
  }

  public func page(
    after cursor: String?, limit: Int, scope: ListScope, matches: (Clearance) -> Bool, shouldStop: () -> Bool
  ) -> ListPage {
    memory.page(after: cursor, limit: limit, scope: scope, matches: matches, shouldStop: shouldStop)
  }

  public func save(_ clearance: Clearance, changes: [ChangeRecord]) {
    undo.append(memory.put(clearance, changes: changes))
    RecordFraming.append(to: &pending) { RecordCodec.appendPut(clearance, changes, to: &$0) }
  }

  public func recordClock(_ secondsSinceEpoch: Int64) {
    guard secondsSinceEpoch != clock else { return }
    clock = secondsSinceEpoch
    clockMoves += 1
    RecordFraming.append(to: &pending) { RecordCodec.appendClock(secondsSinceEpoch, to: &$0) }
  }

  public func commit() throws(StoreError) {
    guard !pending.isEmpty else { return }
    do throws(StoreError) {
      if broken != nil { try repair() }
      try appendDurably(pending)
      durableClock = clock
      pending.removeAll(keepingCapacity: true)
      undo.removeAll(keepingCapacity: true)
    } catch {
      rollBack()
      throw error
    }
    if durableBytes >= compactionBytes {
      do { try compact() } catch {
        // The old journal is intact and still in use; try again next time.
        warnings.append("compaction failed, the journal keeps growing: \(error.description)")
      }
    }
  }

  private func appendDurably(_ bytes: [UInt8]) throws(StoreError) {
    let path = journalPath(generation)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { calls.write(journal, UnsafeRawBufferPointer(rebasing: $0[offset...])) }
      guard written > 0 else { throw .system("writing the journal", path) }
      offset += written
    }
    guard calls.fsync(journal) == 0 else { throw .system("fsync of the journal", path) }
    durableBytes += Int64(bytes.count)
  }

  /// A snapshot that must not survive: it would hide later appends.
  private var unfinishedSnapshot: String?

  func markBroken(_ error: StoreError, unfinishedSnapshot: String? = nil) {
    broken = error
    if let unfinishedSnapshot { self.unfinishedSnapshot = unfinishedSnapshot }
  }

  /// Tries again to cut the journal back to its last durable byte; only
  /// then are appends trusted again.
  private func repair() throws(StoreError) {
    if let snapshot = unfinishedSnapshot {
      guard calls.unlink(snapshot) == 0 || errno == ENOENT else { throw broken ?? .system("removing", snapshot) }
      try syncFolder()
      unfinishedSnapshot = nil
    }
    guard calls.ftruncate(journal, durableBytes) == 0, calls.fsync(journal) == 0,
      lseek(journal, off_t(durableBytes), SEEK_SET) >= 0
    else { throw broken ?? .system("repairing", journalPath(generation)) }
    broken = nil
  }

  /// Puts memory back to the last durable state and cuts the journal back
  /// to its last durable byte. If even that fails, no more appends are
  /// trusted until a later commit manages to cut it back (`repair`).
  private func rollBack() {
    for replaced in undo.reversed() { memory.undo(replaced) }
    undo.removeAll()
    pending.removeAll()
    clock = durableClock
    if broken == nil { broken = .system("cutting back the journal after a failed write:", journalPath(generation)) }
    try? repair()
  }

  func restoredClockValue(_ seconds: Int64) {
    clock = seconds
    durableClock = seconds
    restoredClock = seconds
  }

  var currentClock: Int64? { clock }

  func journalPath(_ generation: Int) -> String { "\(folder)/journal-\(generation).log" }
  func snapshotPath(_ generation: Int) -> String { "\(folder)/snapshot-\(generation).snap" }
}
