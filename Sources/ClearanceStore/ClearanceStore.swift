import ClearanceCore

/// Where clearances and their change history live. The host talks only to
/// this protocol; the in-memory store implements it now, the journal later.
public protocol ClearanceStore: AnyObject {
  func clearance(vin: String) -> Clearance?
  /// Inserts or replaces the clearance and records its new changelog
  /// entries (already numbered) in the change history.
  func save(_ clearance: Clearance, changes: [ChangeRecord])
  var count: Int { get }
  func countsByStatus() -> [ClearanceStatus: Int]
  func countsByBrand() -> [String: Int]
  /// The seq the next change gets (1 for an empty store).
  var nextSeq: Int64 { get }
  func changes(after seq: Int64, limit: Int) -> [ChangeRecord]
  /// Clearances in VIN order after `cursor` that satisfy `matches`,
  /// looking only at the candidates `scope` names.
  func page(
    after cursor: String?, limit: Int, scope: ListScope, matches: (Clearance) -> Bool,
    shouldStop: () -> Bool
  ) -> ListPage
  /// Every clearance, in no particular order (snapshots).
  func forEach(_ body: (Clearance) -> Void)
  /// Every clearance whose brand and status `include` accepts, in no
  /// particular order (timers at start-up). `include` is asked about brand
  /// and status pairs, not about each clearance; the others are not built.
  func forEach(brandAndStatus include: (String, ClearanceStatus) -> Bool, _ body: (Clearance) -> Void)

  /// Makes every change saved since the last commit durable. On failure the
  /// store is rolled back to the last durable state, so that nothing that
  /// is not on disk is ever reported.
  func commit() throws(StoreError)
  /// How many changes were saved so far (to see whether a request wrote).
  var saveCount: Int { get }
  /// Bytes of journal on disk (0 in memory).
  var journalBytes: Int64 { get }
  /// Remembers where the manual clock stands, and what it stood at when the
  /// store was opened (nil: never recorded).
  func recordClock(_ secondsSinceEpoch: Int64)
  var restoredClock: Int64? { get }
  /// Where the manual clock stands on disk (to move it back when a commit fails).
  var durableClock: Int64? { get }
  /// Warnings not yet logged (a failed compaction).
  func takeWarnings() -> [String]
}

/// Which index a listing can start from.
public enum ListScope: Sendable, Hashable {
  case all
  case vins([String])
  case statuses([ClearanceStatus])
  case brands([String])
}

public struct ListPage: Sendable {
  public var clearances: [Clearance]
  /// More matching clearances exist after the last one returned.
  public var hasMore: Bool
  /// How many clearances were looked at.
  public var examined: Int
  /// The listing stopped early because `shouldStop` said so.
  public var stopped: Bool

  public init(clearances: [Clearance], hasMore: Bool, examined: Int, stopped: Bool) {
    self.clearances = clearances
    self.hasMore = hasMore
    self.examined = examined
    self.stopped = stopped
  }
}
