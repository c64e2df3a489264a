import ClearanceCore
import Testing

@Suite struct DeleteTests {
  @Test func deletingAnApprovedClearanceRevokesIt() throws {
    var clearance = try Clearance.reached(.approved, Brands.ford)
    let time = t0.plus(days: 3)
    let entry = try clearance.delete(rules: Brands.ford, at: time)
    #expect(entry == ChangelogEntry(timestamp: time, status: .revoking))
    #expect(clearance.status == .revoking)
  }

  @Test func revokeNeedsNoAdapter() throws {
    var clearance = try Clearance.reached(.approved, Brands.kia)
    try clearance.delete(rules: nil, at: t0.plus(days: 3))
    #expect(clearance.status == .revoking)
  }

  @Test(arguments: [Brands.vw, Brands.stellantis])
  func cancelIsAllowedExactlyAtTheMinimumAge(rules: BrandRules) throws {
    var clearance = added(rules, at: t0)
    let time = t0.adding(seconds: rules.cancelMinAgeSeconds)
    let entry = try clearance.delete(rules: rules, at: time)
    #expect(entry == ChangelogEntry(timestamp: time, status: .canceling))
  }

  @Test func cancelOneSecondEarlyIsTooEarly() {
    var clearance = added(Brands.vw, at: t0)
    let before = clearance
    #expect(throws: TransitionRefusal.tooEarly(ageSeconds: day - 1, minimumSeconds: day)) {
      try clearance.delete(rules: Brands.vw, at: t0.plus(days: 1, seconds: -1))
    }
    #expect(clearance == before)
  }

  @Test func minimumAgeCountsFromTheLatestActivation() throws {
    var clearance = try Clearance.reached(.rejected, Brands.vw)
    let readdedAt = t0.plus(days: 10)
    clearance.reactivate(
      brand: "volkswagen", tags: [], verdict: .eligible(pendingReason: nil), at: readdedAt)
    #expect(throws: TransitionRefusal.tooEarly(ageSeconds: 3_600, minimumSeconds: day)) {
      try clearance.delete(rules: Brands.vw, at: readdedAt.plus(seconds: 3_600))
    }
  }

  @Test func brandWithoutCancelRefuses() {
    var clearance = added(Brands.ford)
    let before = clearance
    #expect(throws: TransitionRefusal.cancelNotSupported) {
      try clearance.delete(rules: Brands.ford, at: t0.plus(days: 30))
    }
    #expect(clearance == before)
  }

  @Test func pendingWithoutAdapterRefuses() {
    var clearance = added(Brands.vw)
    let before = clearance
    #expect(throws: TransitionRefusal.noAdapter(brand: "volkswagen")) {
      try clearance.delete(rules: nil, at: t0.plus(days: 30))
    }
    #expect(clearance == before)
  }

  @Test(arguments: [ClearanceStatus.revoking, .canceling])
  func deleteDuringTransitionRefuses(status: ClearanceStatus) throws {
    var clearance = try Clearance.reached(status)
    let before = clearance
    #expect(throws: TransitionRefusal.inTransition) {
      try clearance.delete(rules: Brands.vw, at: t0.plus(days: 30))
    }
    #expect(clearance == before)
    #expect(TransitionRefusal.inTransition.detail == "Clearance is in transition mode")
  }

  @Test(arguments: ClearanceStatus.removed)
  func deleteOfARemovedClearanceRefuses(status: ClearanceStatus) throws {
    var clearance = try Clearance.reached(status)
    let before = clearance
    #expect(throws: TransitionRefusal.alreadyRemoved) {
      try clearance.delete(rules: Brands.vw, at: t0.plus(days: 30))
    }
    #expect(clearance == before)
    #expect(TransitionRefusal.alreadyRemoved.detail == "Clearance is already removed")
  }
}
