import ClearanceCore
import Testing

@Suite struct FirstAddTests {
  @Test func eligibleStartsPendingWithoutReason() {
    let tags = [Tag(key: "fleet", value: "north")]
    let clearance = added(Brands.kia, tags: tags, at: t0)
    #expect(clearance.changelog == [ChangelogEntry(timestamp: t0, status: .pending)])
    #expect(clearance.vin == vin)
    #expect(clearance.brand == "kia")
    #expect(clearance.tags == tags)
    #expect(clearance.insertedAt == t0)
    #expect(clearance.approvedAt == nil)
    #expect(!clearance.dataReceived)
    #expect(!clearance.activationReported)
  }

  @Test func eligibleWithPendingReason() {
    let clearance = added(Brands.vw, verdict: .eligible(pendingReason: Brands.privacyMode))
    #expect(
      clearance.changelog == [
        ChangelogEntry(timestamp: t0, status: .pending, reason: Brands.privacyMode)
      ])
    #expect(clearance.reason == Brands.privacyMode)
  }

  @Test func notEligibleIsRejectedWithTheReason() {
    let clearance = added(Brands.vw, verdict: .notEligible(reason: Brands.customerNameMissing))
    #expect(
      clearance.changelog == [
        ChangelogEntry(timestamp: t0, status: .rejected, reason: Brands.customerNameMissing)
      ])
    #expect(clearance.insertedAt == t0)
    #expect(clearance.approvedAt == nil)
  }
}

@Suite struct AddDecisionTests {
  @Test(arguments: [ClearanceStatus.pending, .approved])
  func addingAgainWhileActiveIsIdempotent(status: ClearanceStatus) throws {
    let clearance = try Clearance.reached(status)
    #expect(clearance.addDecision(brand: "volkswagen", rules: Brands.vw) == .unchanged)
  }

  @Test(arguments: [ClearanceStatus.pending, .approved, .revoking, .canceling])
  func otherBrandWhileActiveIsAnError(status: ClearanceStatus) throws {
    let clearance = try Clearance.reached(status)
    let decision = clearance.addDecision(brand: "kia", rules: Brands.kia)
    guard case .error(let description) = decision else {
      Issue.record("expected an error, got \(decision)")
      return
    }
    #expect(description.contains("\"volkswagen\""))
    #expect(description.contains("\"kia\""))
  }

  @Test(arguments: [ClearanceStatus.revoking, .canceling])
  func duringTransitionWithoutBrandAnswerIsAnError(status: ClearanceStatus) throws {
    let clearance = try Clearance.reached(status)
    #expect(
      clearance.addDecision(brand: "volkswagen", rules: Brands.vw)
        == .error("Clearance is in transition mode"))
    #expect(
      clearance.addDecision(brand: "volkswagen", rules: nil)
        == .error("Clearance is in transition mode"))
  }

  @Test func duringRevokeFordRefusesWithItsReason() throws {
    let revoking = try Clearance.reached(.revoking, Brands.ford)
    #expect(
      revoking.addDecision(brand: "ford", rules: Brands.ford)
        == .refuse(reason: Brands.revokeInProgress))
  }

  @Test(arguments: ClearanceStatus.removed)
  func removedClearancesActivateAgainForAnyBrand(status: ClearanceStatus) throws {
    let clearance = try Clearance.reached(status)
    #expect(clearance.addDecision(brand: "volkswagen", rules: Brands.vw) == .activate)
    #expect(clearance.addDecision(brand: "ford", rules: Brands.ford) == .activate)
  }
}
