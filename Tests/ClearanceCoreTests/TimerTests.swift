import ClearanceCore
import Testing

@Suite struct NextTimerTests {
  @Test func reasonSetTimerCountsFromTheReasonChange() throws {
    var clearance = added(Brands.vw, at: t0)
    #expect(clearance.nextTimer(rules: Brands.vw) == nil)
    try clearance.apply(
      .pending, reason: Brands.privacyMode, rules: Brands.vw, at: t0.plus(days: 2))
    let next = try #require(clearance.nextTimer(rules: Brands.vw))
    #expect(next.due == t0.plus(days: 17))
    #expect(next.timer == Brands.vw.timers[0])
  }

  @Test func reasonSetTimerFromTheEligibilityVerdict() throws {
    let clearance = added(
      Brands.ford, verdict: .eligible(pendingReason: Brands.consentMissing), at: t0)
    #expect(clearance.nextTimer(rules: Brands.ford)?.due == t0.plus(days: 10))
  }

  @Test func createdTimerIgnoresLaterEntries() throws {
    var clearance = added(Brands.stellantis, at: t0)
    try clearance.apply(.approve, reason: nil, rules: Brands.stellantis, at: t0.plus(days: 3))
    #expect(clearance.reason == Brands.noData)
    #expect(clearance.nextTimer(rules: Brands.stellantis)?.due == t0.plus(days: 10))
  }

  @Test func createdTimerRestartsWithAReAdd() throws {
    var clearance = try Clearance.reached(.rejected, Brands.stellantis)
    clearance.reactivate(
      brand: "peugeot", tags: [], verdict: .eligible(pendingReason: nil), at: t0.plus(days: 40))
    #expect(clearance.nextTimer(rules: Brands.stellantis)?.due == t0.plus(days: 50))
  }

  @Test func samePendingReasonAgainDoesNotRestartTheTimer() throws {
    var clearance = added(
      Brands.ford, verdict: .eligible(pendingReason: Brands.consentMissing), at: t0)
    try clearance.apply(
      .pending, reason: Brands.consentMissing, rules: Brands.ford, at: t0.plus(days: 5))
    #expect(clearance.nextTimer(rules: Brands.ford)?.due == t0.plus(days: 10))
  }

  @Test func reasonSetAgainAfterAChangeRestartsTheTimer() throws {
    var clearance = added(
      Brands.ford, verdict: .eligible(pendingReason: Brands.consentMissing), at: t0)
    try clearance.apply(.pending, reason: nil, rules: Brands.ford, at: t0.plus(days: 5))
    #expect(clearance.nextTimer(rules: Brands.ford) == nil)
    try clearance.apply(
      .pending, reason: Brands.consentMissing, rules: Brands.ford, at: t0.plus(days: 6))
    #expect(clearance.nextTimer(rules: Brands.ford)?.due == t0.plus(days: 16))
  }

  @Test func dataSuppressesOnlyTimersThatAskForIt() throws {
    var stellantis = added(Brands.stellantis)
    try stellantis.apply(.dataReceived, reason: nil, rules: Brands.stellantis, at: t0.plus(days: 1))
    #expect(stellantis.nextTimer(rules: Brands.stellantis) == nil)

    var ford = added(Brands.ford, verdict: .eligible(pendingReason: Brands.consentMissing))
    try ford.apply(.dataReceived, reason: nil, rules: Brands.ford, at: t0.plus(days: 1))
    #expect(ford.nextTimer(rules: Brands.ford)?.due == t0.plus(days: 10))
  }

  @Test(arguments: ClearanceStatus.allCases.filter { $0 != .pending })
  func timersApplyOnlyWhilePending(status: ClearanceStatus) throws {
    // Not suppressed by data, so only the status can silence it.
    var rules = Brands.stellantis
    rules.timers[0].unlessDataReceived = false
    let clearance = try Clearance.reached(status, rules)
    #expect(clearance.nextTimer(rules: rules) == nil)
  }

  @Test func theEarliestOfSeveralTimersComesFirst() throws {
    let rules = BrandRules(
      brand: "kia", group: "Kia",
      timers: [
        TimerDeclaration(
          reason: nil, countsFrom: .created, unlessDataReceived: false, afterSeconds: 5 * day,
          thenReason: "late"),
        TimerDeclaration(
          reason: nil, countsFrom: .created, unlessDataReceived: false, afterSeconds: 2 * day,
          thenReason: "early"),
      ])
    let clearance = added(rules)
    let next = try #require(clearance.nextTimer(rules: rules))
    #expect(next.due == t0.plus(days: 2))
    #expect(next.timer.thenReason == "early")
  }
}

@Suite struct FireDueTimersTests {
  let privacy = added(Brands.vw, verdict: .eligible(pendingReason: Brands.privacyMode), at: t0)

  @Test func firesExactlyAtTheDueTime() {
    var clearance = privacy
    let entries = clearance.fireDueTimers(rules: Brands.vw, now: t0.plus(days: 15))
    let expected = ChangelogEntry(
      timestamp: t0.plus(days: 15), status: .rejected, reason: Brands.privacyMode)
    #expect(entries == [expected])
    #expect(clearance.changelog.last == expected)
  }

  @Test func doesNotFireOneSecondBefore() {
    var clearance = privacy
    #expect(clearance.fireDueTimers(rules: Brands.vw, now: t0.plus(days: 15, seconds: -1)).isEmpty)
    #expect(clearance == privacy)
  }

  @Test func aLateTimerIsStampedWithItsDueTime() {
    var clearance = added(Brands.stellantis, at: t0)
    let entries = clearance.fireDueTimers(rules: Brands.stellantis, now: t0.plus(days: 40))
    #expect(
      entries == [
        ChangelogEntry(
          timestamp: t0.plus(days: 10), status: .rejected, reason: Brands.timeoutNoData)
      ])
  }

  @Test func aChangedReasonCancelsTheTimer() throws {
    var clearance = privacy
    try clearance.apply(.pending, reason: Brands.noData, rules: Brands.vw, at: t0.plus(days: 1))
    let before = clearance
    #expect(clearance.fireDueTimers(rules: Brands.vw, now: t0.plus(days: 60)).isEmpty)
    #expect(clearance == before)
  }

  @Test func aChangedStateCancelsTheTimer() throws {
    var clearance = added(Brands.stellantis)
    try clearance.apply(
      .reject, reason: Brands.telematicsError, rules: Brands.stellantis, at: t0.plus(days: 1))
    let before = clearance
    #expect(clearance.fireDueTimers(rules: Brands.stellantis, now: t0.plus(days: 60)).isEmpty)
    #expect(clearance == before)
  }

  @Test func dataReceivedSuppressesTheTimer() throws {
    var clearance = added(Brands.stellantis)
    try clearance.apply(.dataReceived, reason: nil, rules: Brands.stellantis, at: t0.plus(days: 9))
    #expect(clearance.fireDueTimers(rules: Brands.stellantis, now: t0.plus(days: 60)).isEmpty)
    #expect(clearance.status == .pending)
  }

  @Test func chainedTimersFireInTimeOrderEachWithItsDueTime() {
    // The second timer only exists once the first has fired; declared in
    // reverse so declaration order cannot pass for time order.
    let rules = BrandRules(
      brand: "kia", group: "Kia",
      timers: [
        TimerDeclaration(
          reason: "stage two", countsFrom: .reasonSet, unlessDataReceived: false,
          afterSeconds: 3 * day, thenReason: "gave up"),
        TimerDeclaration(
          reason: "stage one", countsFrom: .created, unlessDataReceived: false,
          afterSeconds: 2 * day, effect: .pending, thenReason: "stage two"),
      ])
    var clearance = added(rules, verdict: .eligible(pendingReason: "stage one"), at: t0)
    let entries = clearance.fireDueTimers(rules: rules, now: t0.plus(days: 30))
    #expect(
      entries == [
        ChangelogEntry(timestamp: t0.plus(days: 2), status: .pending, reason: "stage two"),
        ChangelogEntry(timestamp: t0.plus(days: 5), status: .rejected, reason: "gave up"),
      ])
  }

  @Test func onlyTheEarliestOfTwoRejectingTimersFires() {
    let rules = BrandRules(
      brand: "kia", group: "Kia",
      timers: [
        TimerDeclaration(
          reason: nil, countsFrom: .created, unlessDataReceived: false, afterSeconds: 5 * day,
          thenReason: "late"),
        TimerDeclaration(
          reason: nil, countsFrom: .created, unlessDataReceived: false, afterSeconds: 2 * day,
          effect: .error, thenReason: "early"),
      ])
    var clearance = added(rules, at: t0)
    let entries = clearance.fireDueTimers(rules: rules, now: t0.plus(days: 30))
    #expect(
      entries == [ChangelogEntry(timestamp: t0.plus(days: 2), status: .error, reason: "early")])
  }

  /// Regression: an error timer declared without `then_reason` stored
  /// "unspecified", a reason the adapter never declared.
  @Test func anErrorTimerWithoutAReasonLeavesTheEntryWithoutOne() {
    let rules = BrandRules(
      brand: "kia", group: "Kia",
      timers: [
        TimerDeclaration(
          reason: nil, countsFrom: .created, unlessDataReceived: false, afterSeconds: day, effect: .error,
          thenReason: nil)
      ])
    var clearance = added(rules, at: t0)
    let entries = clearance.fireDueTimers(rules: rules, now: t0.plus(days: 2))
    #expect(entries == [ChangelogEntry(timestamp: t0.plus(days: 1), status: .error, reason: nil)])
  }

  @Test func aTimerDueBeforeTheLastEntryIsNotStampedBeforeIt() throws {
    // The host applies a report before it fires the timers already due
    // (requests are answered before wake()), so a timer can come due before
    // the newest entry; the changelog must stay oldest first.
    var clearance = added(Brands.stellantis, at: t0)
    let reportTime = t0.plus(days: 11)
    try clearance.apply(.approve, reason: nil, rules: Brands.stellantis, at: reportTime)
    let entries = clearance.fireDueTimers(rules: Brands.stellantis, now: reportTime)
    #expect(
      entries == [
        ChangelogEntry(timestamp: reportTime, status: .rejected, reason: Brands.timeoutNoData)
      ])
    let times = clearance.changelog.map(\.timestamp)
    #expect(times == times.sorted())
  }
}
