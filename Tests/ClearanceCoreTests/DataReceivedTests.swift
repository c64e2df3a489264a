import ClearanceCore
import Testing

@Suite struct DataReceivedTests {
  @Test(arguments: ClearanceStatus.allCases)
  func dataIsAcceptedAndRememberedInEveryState(status: ClearanceStatus) throws {
    var clearance = try Clearance.reached(status)
    let before = clearance
    let entry = try clearance.apply(
      .dataReceived, reason: nil, rules: Brands.vw, at: t0.plus(days: 20))
    #expect(entry == nil)
    #expect(clearance.changelog == before.changelog)
    #expect(clearance.dataReceived)
  }

  @Test func dataApprovesAPendingClearanceOnlyAfterTheActivationReport() throws {
    var notReported = added(Brands.vw)
    try notReported.apply(.dataReceived, reason: nil, rules: Brands.vw, at: t0.plus(days: 1))
    #expect(notReported.status == .pending)

    var reported = added(Brands.vw)
    try reported.apply(.approve, reason: nil, rules: Brands.vw, at: t0.plus(days: 1))
    let entry = try reported.apply(
      .dataReceived, reason: nil, rules: Brands.vw, at: t0.plus(days: 2))
    #expect(entry?.status == .approved)
  }

  @Test func dataAfterApprovalChangesNothingVisible() throws {
    var clearance = try Clearance.reached(.approved)
    let changelog = clearance.changelog
    let approvedAt = clearance.approvedAt
    try clearance.apply(.dataReceived, reason: nil, rules: Brands.vw, at: t0.plus(days: 9))
    #expect(clearance.changelog == changelog)
    #expect(clearance.approvedAt == approvedAt)
  }
}
