import ClearanceCore
import Testing

/// Reports the table allows, one row each.
@Suite struct ReportTests {
  let later = t0.plus(days: 2)

  @Test func approveSetsApprovedAt() throws {
    var clearance = added(Brands.kia)
    let entry = try clearance.apply(.approve, reason: nil, rules: Brands.kia, at: later)
    #expect(entry == ChangelogEntry(timestamp: later, status: .approved))
    #expect(clearance.status == .approved)
    #expect(clearance.approvedAt == later)
    #expect(clearance.changelog.count == 2)
  }

  @Test func approveWithoutDataStaysPendingUntilDataArrives() throws {
    var clearance = added(Brands.vw)
    let waiting = try clearance.apply(.approve, reason: nil, rules: Brands.vw, at: later)
    #expect(
      waiting == ChangelogEntry(timestamp: later, status: .pending, reason: "no data received"))
    #expect(clearance.approvedAt == nil)
    #expect(clearance.activationReported)

    let dataTime = later.plus(seconds: 30)
    let approved = try clearance.apply(.dataReceived, reason: nil, rules: Brands.vw, at: dataTime)
    #expect(approved == ChangelogEntry(timestamp: dataTime, status: .approved))
    #expect(clearance.approvedAt == dataTime)
    #expect(clearance.changelog.map(\.status) == [.pending, .pending, .approved])
  }

  @Test func dataBeforeApproveApprovesAtOnce() throws {
    var clearance = added(Brands.stellantis)
    #expect(
      try clearance.apply(.dataReceived, reason: nil, rules: Brands.stellantis, at: later) == nil)
    #expect(clearance.status == .pending)
    #expect(clearance.dataReceived)
    let approved = try clearance.apply(
      .approve, reason: nil, rules: Brands.stellantis, at: later.plus(days: 1))
    #expect(approved?.status == .approved)
    #expect(clearance.approvedAt == later.plus(days: 1))
  }

  @Test func approveAgainWhileWaitingForDataAddsNoEntry() throws {
    var clearance = added(Brands.vw)
    try clearance.apply(.approve, reason: nil, rules: Brands.vw, at: later)
    let before = clearance
    #expect(
      try clearance.apply(.approve, reason: nil, rules: Brands.vw, at: later.plus(days: 1)) == nil)
    #expect(clearance == before)
  }

  @Test func pendingReasonChangeMakesAnEntry() throws {
    var clearance = added(Brands.vw)
    let entry = try clearance.apply(
      .pending, reason: Brands.privacyMode, rules: Brands.vw, at: later)
    #expect(entry == ChangelogEntry(timestamp: later, status: .pending, reason: Brands.privacyMode))
    #expect(clearance.reason == Brands.privacyMode)
    #expect(clearance.updatedAt == later)
  }

  @Test func samePendingReasonAgainMakesNoEntry() throws {
    var clearance = added(Brands.vw, verdict: .eligible(pendingReason: Brands.privacyMode))
    let before = clearance
    #expect(
      try clearance.apply(.pending, reason: Brands.privacyMode, rules: Brands.vw, at: later) == nil)
    #expect(clearance == before)
  }

  @Test func pendingWithoutReasonClearsTheReason() throws {
    var clearance = added(Brands.vw, verdict: .eligible(pendingReason: Brands.privacyMode))
    let entry = try clearance.apply(.pending, reason: nil, rules: Brands.vw, at: later)
    #expect(entry == ChangelogEntry(timestamp: later, status: .pending, reason: nil))
    #expect(clearance.reason == nil)
  }

  @Test func rejectKeepsTheReasonOrSaysUnspecified() throws {
    var withReason = added(Brands.kia)
    try withReason.apply(.reject, reason: Brands.connectivityDisabled, rules: Brands.kia, at: later)
    #expect(
      withReason.changelog.last
        == ChangelogEntry(timestamp: later, status: .rejected, reason: Brands.connectivityDisabled))

    var withoutReason = added(Brands.kia)
    try withoutReason.apply(.reject, reason: nil, rules: Brands.kia, at: later)
    #expect(
      withoutReason.changelog.last
        == ChangelogEntry(timestamp: later, status: .rejected, reason: "unspecified"))
  }

  @Test func errorFromPending() throws {
    var clearance = added(Brands.kia)
    let entry = try clearance.apply(.error, reason: "OEM timeout", rules: Brands.kia, at: later)
    #expect(entry == ChangelogEntry(timestamp: later, status: .error, reason: "OEM timeout"))
  }

  @Test(arguments: [ClearanceStatus.approved, .revoking])
  func revokedEndsAnApprovedOrRevokingClearance(from status: ClearanceStatus) throws {
    var clearance = try Clearance.reached(status)
    let approvedAt = clearance.approvedAt
    let time = t0.plus(days: 20)
    let entry = try clearance.apply(.revoked, reason: nil, rules: Brands.vw, at: time)
    #expect(entry == ChangelogEntry(timestamp: time, status: .revoked))
    // Still approved in this activation: the moment stays on record.
    #expect(clearance.approvedAt == approvedAt)
    #expect(approvedAt != nil)
  }

  @Test func canceledEndsACancelingClearance() throws {
    var clearance = try Clearance.reached(.canceling)
    let time = t0.plus(days: 20)
    let entry = try clearance.apply(.canceled, reason: nil, rules: Brands.vw, at: time)
    #expect(entry == ChangelogEntry(timestamp: time, status: .canceled))
    #expect(clearance.approvedAt == nil)
  }
}
