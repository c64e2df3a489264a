import ClearanceCore
import Testing

/// The (status, effect) pairs clearance.md allows; every other report is
/// refused and changes nothing.
let allowedReports = Set(
  [
    Pair(.pending, .approve), Pair(.pending, .pending), Pair(.pending, .reject),
    Pair(.pending, .error), Pair(.approved, .revoked), Pair(.revoking, .revoked),
    Pair(.canceling, .canceled),
  ] + ClearanceStatus.allCases.map { Pair($0, .dataReceived) })

struct Pair: Hashable {
  var status: ClearanceStatus
  var effect: Effect
  init(_ status: ClearanceStatus, _ effect: Effect) {
    self.status = status
    self.effect = effect
  }
}

@Suite struct RefusedTransitionTests {
  @Test(arguments: ClearanceStatus.allCases, Effect.allCases)
  func reportOutsideTheTableIsRefusedAndChangesNothing(status: ClearanceStatus, effect: Effect)
    throws
  {
    let before = try Clearance.reached(status)
    var clearance = before
    let apply = { (clearance: inout Clearance) throws(TransitionRefusal) in
      try clearance.apply(
        effect, reason: GlobalReasons.unspecified, rules: Brands.vw, at: t0.plus(days: 30))
    }
    if allowedReports.contains(Pair(status, effect)) {
      #expect(throws: Never.self) { try apply(&clearance) }
    } else {
      #expect(throws: TransitionRefusal.invalidTransition(effect: effect, status: status)) {
        try apply(&clearance)
      }
      #expect(clearance == before)
    }
  }

  @Test func refusalNamesTheEffectAndTheStatus() {
    let detail = TransitionRefusal.invalidTransition(effect: .dataReceived, status: .canceled)
      .detail
    #expect(detail.contains("\"data_received\""))
    #expect(detail.contains("canceled"))
  }
}
