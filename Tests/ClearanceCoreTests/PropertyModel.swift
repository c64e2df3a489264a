import ClearanceCore
import TestSupport

/// One random operation of the property test.
enum Operation: CustomStringConvertible {
  case add(BrandRules, EligibilityVerdict)
  case report(Effect, reason: String?)
  case delete(withAdapter: Bool)
  case advance(seconds: Int64)
  case fireTimers

  var description: String {
    switch self {
    case .add(let rules, let verdict): "add \(rules.brand) \(verdict)"
    case .report(let effect, let reason): "report \(effect.rawValue) \(reason ?? "-")"
    case .delete(let withAdapter): "delete\(withAdapter ? "" : " without adapter")"
    case .advance(let seconds): "advance \(seconds)s"
    case .fireTimers: "fire timers"
    }
  }
}

/// Which kind of operation made a changelog entry.
enum Step: Hashable {
  case add
  case report(Effect)
  case delete, timer
}

struct Edge: Hashable {
  var from: ClearanceStatus?
  var step: Step
  var to: ClearanceStatus
}

/// Every entry an operation may append, from clearance.md's table
/// (a nil `from` is a VIN without a clearance).
let allowedEdges: Set<Edge> = {
  var edges: Set<Edge> = []
  for from in [nil] + ClearanceStatus.removed.map(Optional.some) {
    edges.insert(Edge(from: from, step: .add, to: .pending))
    edges.insert(Edge(from: from, step: .add, to: .rejected))
  }
  edges.formUnion([
    Edge(from: .pending, step: .report(.approve), to: .approved),
    Edge(from: .pending, step: .report(.approve), to: .pending),
    Edge(from: .pending, step: .report(.dataReceived), to: .approved),
    Edge(from: .pending, step: .report(.pending), to: .pending),
    Edge(from: .pending, step: .report(.reject), to: .rejected),
    Edge(from: .pending, step: .report(.error), to: .error),
    Edge(from: .approved, step: .report(.revoked), to: .revoked),
    Edge(from: .revoking, step: .report(.revoked), to: .revoked),
    Edge(from: .canceling, step: .report(.canceled), to: .canceled),
    Edge(from: .approved, step: .delete, to: .revoking),
    Edge(from: .pending, step: .delete, to: .canceling),
    Edge(from: .pending, step: .timer, to: .rejected),
  ])
  return edges
}()

func rules(forBrand brand: String) -> BrandRules? {
  Brands.all.first { $0.brand == brand }
}

extension SeededRandom {
  mutating func operation(for clearance: Clearance?, now: Timestamp) -> Operation {
    let current = clearance.flatMap { rules(forBrand: $0.brand) }
    switch Int.random(in: 0..<100, using: &self) {
    case 0..<15:
      let rules = current.flatMap { chance(70) ? $0 : nil } ?? pick(Brands.all)
      return .add(rules, verdict(for: rules))
    case 15..<55:
      let effect = pick(Effect.allCases)
      return .report(effect, reason: reason(for: effect, rules: current ?? Brands.kia))
    case 55..<65:
      return .delete(withAdapter: chance(90))
    case 65..<85:
      return .advance(seconds: advance(toward: clearance, now: now))
    default:
      return .fireTimers
    }
  }

  mutating func verdict(for rules: BrandRules) -> EligibilityVerdict {
    switch Int.random(in: 0..<3, using: &self) {
    case 0: .eligible(pendingReason: nil)
    case 1: .eligible(pendingReason: declared(.pending, rules))
    default: .notEligible(reason: declared(.reject, rules) ?? GlobalReasons.unspecified)
    }
  }

  mutating func reason(for effect: Effect, rules: BrandRules) -> String? {
    switch effect {
    case .pending: chance(25) ? nil : declared(.pending, rules)
    case .reject: chance(10) ? nil : declared(.reject, rules)
    case .error: chance(50) ? nil : "OEM error"
    case .approve, .revoked, .canceled, .dataReceived: nil
    }
  }

  mutating func declared(_ kind: ReasonKind, _ rules: BrandRules) -> String? {
    let reasons = rules.allReasons.filter { $0.kind == kind }.map(\.reason)
    return reasons.isEmpty ? nil : pick(reasons)
  }

  /// Mostly small steps, sometimes right onto or just before a timer's due
  /// time, sometimes far past it.
  mutating func advance(toward clearance: Clearance?, now: Timestamp) -> Int64 {
    if chance(30), let clearance, let rules = rules(forBrand: clearance.brand),
      let due = clearance.nextTimer(rules: rules)?.due, due > now
    {
      return due.seconds(since: now) - (chance(50) ? 1 : 0)
    }
    return chance(70)
      ? Int64.random(in: 0...7_200, using: &self) : Int64.random(in: 0...(20 * day), using: &self)
  }
}
