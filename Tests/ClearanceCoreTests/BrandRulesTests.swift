import ClearanceCore
import Testing

@Suite struct BrandRulesTests {
  @Test func everyBrandHasTheFiveGlobalRejectReasonsFirst() {
    let global = [
      "unspecified", "invalid client configuration", "invalid VIN", "ineligible VIN",
      "VIN is assigned to a different OEM fleet",
    ]
    #expect(GlobalReasons.all.map(\.reason) == global)
    #expect(GlobalReasons.all.allSatisfy { $0.kind == .reject && !$0.description.isEmpty })
    #expect(Brands.ford.allReasons.map(\.reason) == global + Brands.ford.reasons.map(\.reason))
  }

  @Test func declaresMatchesReasonAndKind() {
    #expect(Brands.ford.declares(reason: "invalid VIN", kind: .reject))
    #expect(!Brands.ford.declares(reason: "invalid VIN", kind: .pending))
    #expect(Brands.vw.declares(reason: Brands.privacyMode, kind: .pending))
    #expect(Brands.vw.declares(reason: Brands.privacyMode, kind: .reject))
    #expect(!Brands.kia.declares(reason: Brands.privacyMode))
    // Exact strings, case included.
    #expect(!Brands.kia.declares(reason: "Invalid VIN"))
  }

  @Test func eventsAreFoundByName() {
    var rules = Brands.kia
    rules.events = [
      EventDeclaration("activated", effect: .approve),
      EventDeclaration("refused", effect: .reject, reason: Brands.connectivityDisabled),
    ]
    #expect(rules.event(named: "refused")?.reason == Brands.connectivityDisabled)
    #expect(rules.event(named: "activated")?.effect == .approve)
    #expect(rules.event(named: "Activated") == nil)
  }

  @Test(arguments: Effect.allCases)
  func onlyPendingAndRejectCarryAReasonKind(effect: Effect) {
    let expected: ReasonKind? =
      switch effect {
      case .pending: .pending
      case .reject: .reject
      default: nil
      }
    #expect(effect.reasonKind == expected)
  }

  @Test func effectNamesAreTheWireNames() {
    #expect(
      Effect.allCases.map(\.rawValue) == [
        "approve", "pending", "reject", "error", "revoked", "canceled", "data_received",
      ])
    #expect(TimerDeclaration.Start.reasonSet.rawValue == "reason_set")
  }

  @Test(arguments: ClearanceStatus.allCases)
  func activeAndInTransitionStates(status: ClearanceStatus) {
    #expect(status.isActive == [.pending, .approved, .revoking, .canceling].contains(status))
    #expect(status.isInTransition == [.revoking, .canceling].contains(status))
  }
}
