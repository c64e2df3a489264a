import ClearanceCore
import Testing

@Suite struct ReactivationTests {
  @Test(arguments: ClearanceStatus.removed)
  func reAddContinuesTheChangelogAndStartsAFreshActivation(status: ClearanceStatus) throws {
    var clearance = try Clearance.reached(status, Brands.vw)
    try clearance.apply(.dataReceived, reason: nil, rules: Brands.vw, at: t0.plus(days: 5))
    let before = clearance.changelog
    let now = t0.plus(days: 30)
    let tags = [Tag(key: "depot", value: "7")]

    let entry = clearance.reactivate(
      brand: "peugeot", tags: tags, verdict: .eligible(pendingReason: nil), at: now)

    #expect(entry == ChangelogEntry(timestamp: now, status: .pending))
    #expect(clearance.changelog == before + [entry])
    #expect(clearance.insertedAt == now)
    #expect(clearance.brand == "peugeot")
    #expect(clearance.tags == tags)
    #expect(clearance.approvedAt == nil)
    #expect(!clearance.dataReceived)
    #expect(!clearance.activationReported)
  }

  @Test func reAddAfterRevokeForgetsTheApproval() throws {
    var clearance = try Clearance.reached(.revoked, Brands.vw)
    #expect(clearance.approvedAt != nil)
    #expect(clearance.dataReceived)
    #expect(clearance.activationReported)
    clearance.reactivate(
      brand: "volkswagen", tags: [], verdict: .eligible(pendingReason: Brands.privacyMode),
      at: t0.plus(days: 10))
    #expect(clearance.approvedAt == nil)
    #expect(!clearance.dataReceived)
    #expect(!clearance.activationReported)
    #expect(clearance.status == .pending)
    #expect(clearance.reason == Brands.privacyMode)
  }

  @Test func reAddNotEligibleAppendsARejection() throws {
    var clearance = try Clearance.reached(.canceled, Brands.vw)
    let count = clearance.changelog.count
    let entry = clearance.reactivate(
      brand: "volkswagen", tags: [], verdict: .notEligible(reason: Brands.customerNameMissing),
      at: t0.plus(days: 9))
    #expect(
      entry
        == ChangelogEntry(
          timestamp: t0.plus(days: 9), status: .rejected, reason: Brands.customerNameMissing))
    #expect(clearance.changelog.count == count + 1)
    #expect(clearance.status == .rejected)
  }

  @Test func approvalWaitsForDataAgainAfterReAdd() throws {
    // Data from the previous activation must not approve the new one.
    var clearance = try Clearance.reached(.revoked, Brands.vw)
    clearance.reactivate(
      brand: "volkswagen", tags: [], verdict: .eligible(pendingReason: nil), at: t0.plus(days: 10))
    try clearance.apply(.approve, reason: nil, rules: Brands.vw, at: t0.plus(days: 11))
    #expect(clearance.status == .pending)
    #expect(clearance.reason == Brands.noData)
  }

  @Test func reactivatingAnActiveClearanceTraps() async {
    await #expect(processExitsWith: .failure) {
      var clearance = Clearance(
        vin: "VIN0TESTVIN000000", brand: "kia", tags: [], verdict: .eligible(pendingReason: nil),
        at: Timestamp(secondsSinceEpoch: 0))
      clearance.reactivate(
        brand: "kia", tags: [], verdict: .eligible(pendingReason: nil),
        at: Timestamp(secondsSinceEpoch: 1))
    }
  }
}
