import ClearanceCore
import TestSupport
import Testing

@Suite struct PropertyTests {
  @Test func splitMix64MatchesTheReferenceOutput() {
    var generator = SeededRandom(seed: 0)
    #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
    #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    #expect(generator.next() == 0x06C4_5D18_8009_454F)
  }

  @Test func randomOperationSequencesKeepTheInvariants() throws {
    var seen: Set<Edge> = []
    for seed in UInt64(0)..<2_000 {
      var run = Run(seed: seed)
      let steps = Int.random(in: 1...40, using: &run.generator)
      for index in 0..<steps { try run.step(index) }
      seen.formUnion(run.seen)
    }
    // Otherwise the generator could miss whole rows and still pass.
    #expect(
      allowedEdges.subtracting(seen).isEmpty, "never exercised: \(allowedEdges.subtracting(seen))")
  }
}

/// One random sequence on one VIN, checked against the table after every
/// operation. Reports and deletes may land after a timer came due but
/// before it fired, as they do in the host.
struct Run {
  let seed: UInt64
  var generator: SeededRandom
  var now = t0
  var clearance: Clearance?
  /// What `insertedAt` and `approvedAt` must be in the current activation.
  var activationStart: Timestamp?
  var approvedAt: Timestamp?
  var seen: Set<Edge> = []

  init(seed: UInt64) {
    self.seed = seed
    generator = SeededRandom(seed: seed)
  }

  mutating func step(_ index: Int) throws {
    let operation = generator.operation(for: clearance, now: now)
    let context: Comment =
      "seed \(seed), step \(index) at \(now.rfc3339): \(operation); before: \(String(describing: clearance))"
    let before = clearance
    var appended: [ChangelogEntry] = []
    let kind: Step
    switch operation {
    case .add(let rules, let verdict):
      kind = .add
      appended = try add(rules, verdict, context)
    case .report(let effect, let reason):
      guard var current = clearance, let rules = rules(forBrand: current.brand) else { return }
      kind = .report(effect)
      var refused = false
      do {
        appended =
          try current.apply(effect, reason: reason, rules: rules, at: now).map { [$0] } ?? []
      } catch {
        refused = true
        try #require(error == .invalidTransition(effect: effect, status: current.status), context)
      }
      // Refused exactly when the table has no row for it.
      try #require(refused != allowedReports.contains(Pair(before!.status, effect)), context)
      if refused { try #require(current == before, context) }
      clearance = current
    case .delete(let withAdapter):
      guard var current = clearance else { return }
      kind = .delete
      do {
        appended = [
          try current.delete(rules: withAdapter ? rules(forBrand: current.brand) : nil, at: now)
        ]
      } catch {
        try #require(current == before, context)
        try #require(Self.deleteMayRefuse(current.status, error), context)
      }
      clearance = current
    case .advance(let seconds):
      now = now.adding(seconds: seconds)
      return
    case .fireTimers:
      guard var current = clearance, let rules = rules(forBrand: current.brand) else { return }
      kind = .timer
      appended = current.fireDueTimers(rules: rules, now: now)
      clearance = current
      // Nothing stays due once the due timers have fired.
      try #require((current.nextTimer(rules: rules)?.due).map { $0 > now } ?? true, context)
    }
    try check(before: before, appended: appended, kind: kind, context)
  }

  private mutating func add(_ rules: BrandRules, _ verdict: EligibilityVerdict, _ context: Comment)
    throws
    -> [ChangelogEntry]
  {
    guard var current = clearance else {
      clearance = Clearance(vin: vin, brand: rules.brand, tags: [], verdict: verdict, at: now)
      activationStart = now
      approvedAt = nil
      return clearance!.changelog
    }
    let decision = current.addDecision(brand: rules.brand, rules: rules)
    try #require(Self.addMayDecide(current, rules, decision), context)
    guard decision == .activate else { return [] }
    let tags = [Tag(key: "seed", value: "\(seed)")]
    let entry = current.reactivate(brand: rules.brand, tags: tags, verdict: verdict, at: now)
    try #require(current.brand == rules.brand && current.tags == tags, context)
    clearance = current
    activationStart = now
    approvedAt = nil
    return [entry]
  }

  private mutating func check(
    before: Clearance?, appended: [ChangelogEntry], kind: Step, _ context: Comment
  ) throws {
    let after = try #require(clearance, context)
    let old = before?.changelog ?? []
    // Never shrinks, earlier entries never change, and what the operation
    // returned is exactly what it appended.
    try #require(after.changelog.starts(with: old), context)
    try #require(Array(after.changelog.dropFirst(old.count)) == appended, context)
    var from = before?.status
    for entry in appended {
      let edge = Edge(from: from, step: kind, to: entry.status)
      try #require(allowedEdges.contains(edge), "\(edge) is not in the table; \(context)")
      try #require(entry.timestamp <= now, context)
      seen.insert(edge)
      from = entry.status
      if entry.status == .approved { approvedAt = entry.timestamp }
    }
    let times = after.changelog.map(\.timestamp)
    try #require(
      zip(times, times.dropFirst()).allSatisfy { $0 <= $1 }, "timestamps \(times); \(context)")
    let last = try #require(after.changelog.last)
    try #require(after.status == last.status && after.reason == last.reason, context)
    try #require(after.updatedAt == last.timestamp, context)
    try #require(after.approvedAt == approvedAt, context)
    try #require(after.insertedAt == activationStart, context)
  }

  /// What clearance.md says an add of an existing VIN does.
  private static func addMayDecide(
    _ clearance: Clearance, _ rules: BrandRules, _ decision: AddDecision
  ) -> Bool {
    if !clearance.status.isActive { return decision == .activate }
    if clearance.brand != rules.brand {
      if case .error = decision { return true }
      return false
    }
    switch clearance.status {
    case .pending, .approved: return decision == .unchanged
    default:
      let expected = rules.addDuringTransition.map { AddDecision.refuse(reason: $0) }
      return decision == expected ?? .error("Clearance is in transition mode")
    }
  }

  private static func deleteMayRefuse(_ status: ClearanceStatus, _ refusal: TransitionRefusal)
    -> Bool
  {
    switch (status, refusal) {
    case (.pending, .noAdapter), (.pending, .cancelNotSupported), (.pending, .tooEarly): true
    case (.revoking, .inTransition), (.canceling, .inTransition): true
    case (.rejected, .alreadyRemoved), (.revoked, .alreadyRemoved), (.canceled, .alreadyRemoved),
      (.error, .alreadyRemoved):
      true
    default: false
    }
  }
}
