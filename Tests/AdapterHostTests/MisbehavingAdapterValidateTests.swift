import AdapterFixtures
import AdapterHost
import Testing

/// `fleet-clearance validate` on libraries that break the contract: the
/// right check fails and says why, and the validator itself survives
/// (crashes happen in its worker processes).
@Suite struct MisbehavingAdapterValidateTests {
  struct Case: Sendable, CustomTestStringConvertible {
    /// Tests/Fixtures/Adapters/<fixture>.c
    var fixture: String
    /// `NAME=VALUE` defines that build a variant of the fixture.
    var defines: [String] = []
    /// The check that must fail, and words its detail must contain.
    var check: String
    var mentions: [String]
    /// The first failing check, when it is not `check`; every check before
    /// it must pass.
    var firstFailure: String? = nil

    var testDescription: String { ([fixture] + defines).joined(separator: " ") }
  }

  static let cases: [Case] = [
    Case(fixture: "no_entry", check: "entry-symbol", mentions: ["exports no fc_adapter_entry_v1"]),
    Case(fixture: "entry_null", check: "entry-descriptor", mentions: ["returned NULL"]),
    Case(fixture: "abi_major_2", check: "abi-version", mentions: ["abi_major", "2.0"]),
    Case(fixture: "abi_minor_newer", check: "abi-version", mentions: ["abi_minor", "1.9"]),
    Case(fixture: "descriptor_too_small", check: "descriptor", mentions: ["descriptor.header.size", "smaller"]),
    Case(fixture: "null_string", check: "descriptor", mentions: ["version", "NULL pointer with a size of 5"]),
    Case(
      fixture: "invalid_utf8_reason", check: "descriptor", mentions: ["brands[0].reasons[1].reason", "not valid UTF-8"]),
    Case(fixture: "brand_twice", check: "descriptor", mentions: ["brands[1].brand", "\"twice\" is declared twice"]),
    Case(fixture: "malformed_brand", check: "descriptor", mentions: ["brands[0].brand", "\"Kia!\"", "a-z, 0-9"]),
    Case(
      fixture: "event_undeclared_reason", check: "descriptor",
      mentions: ["brands[0].events[1].reason", "\"vehicle vanished\" is not a declared reject reason"]),
    // A crash names the adapter function that was running, and eligibility crashes are
    // reported by the eligibility checks (they were blamed on init-repeat).
    Case(fixture: "eligibility_crash", check: "eligibility-answers", mentions: ["SIGSEGV) in check_eligibility"]),
    Case(fixture: "map_event_crash", check: "events-answers", mentions: ["SIGSEGV) in map_event"]),
    Case(
      fixture: "eligibility_undeclared_reason", check: "eligibility-answers",
      mentions: ["\"made-up reason\"", "not a declared reject reason"]),
    Case(fixture: "map_event_invalid_utf8", check: "events-answers", mentions: ["map_event", "not valid UTF-8"]),
    Case(fixture: "init_crash", check: "init", mentions: ["SIGSEGV) in init"]),
    Case(fixture: "init_fails", check: "init", mentions: ["init failed", "licence server unreachable"]),
    Case(fixture: "extension_not_null", check: "extension-lookup", mentions: ["must return NULL"]),
    // A garbage element size is refused before the reader steps by it (it read 1 GiB past the array).
    Case(
      fixture: "element_size_huge", check: "descriptor",
      mentions: ["brands[0].header.size", "more than the 65536 bytes"]),
    Case(
      fixture: "required_tags_null", check: "descriptor",
      mentions: ["brands[0].required_tags", "NULL with a count of 1"]),
    // A declared reason with a NUL byte loaded, and came back to adapters as current_reason.
    Case(
      fixture: "nul_byte", defines: ["NUL_IN_REASON"], check: "descriptor",
      mentions: ["brands[0].reasons[0].reason", "NUL byte"]),
    // The speed checks timed brands[0] and the first event only.
    Case(
      fixture: "slow_second_brand", check: "eligibility-speed",
      mentions: ["brand slow-brand", "more than 10 ms"]),
    Case(
      fixture: "slow_second_event", check: "events-speed",
      mentions: ["brand slow-event, event refused", "more than 10 ms"]),
    // Only element 0 of an array had its version checked.
    Case(
      fixture: "element_abi_version", defines: ["EVENT_MAJOR=9"], check: "descriptor",
      mentions: ["brands[0].events[1].header.abi_major", "ABI 9.0"]),
    // Adapter output must not mix with the worker's report (it looped forever, or hid checks).
    Case(
      fixture: "stdout_noise", check: "eligibility-answers",
      mentions: ["\"made-up reason\"", "not a declared reject reason"]),
    Case(fixture: "scribbles_on_every_fd", check: "eligibility-answers", mentions: ["without a result"]),
  ]

  @Test(arguments: cases) func validateFails(_ misbehaviour: Case) throws {
    let report = try ValidateReport.run(
      library: try FixtureLibrary.path(misbehaviour.fixture, defines: misbehaviour.defines))
    try #require(!report.timedOut, "validate did not finish:\n\(report.output)")
    #expect(report.status == 1, "\(report.output)")
    #expect(report.malformed == [], "every line between header and summary is a PASS/FAIL line")
    // One line per check, in order, and a summary: the validator outlived the adapter.
    #expect(report.lines.map(\.check) == AdapterValidator.checkNames, "\(report.output)")
    let summary = try #require(report.summary, "no \"N passed, M failed\" line:\n\(report.output)")
    #expect(summary.passed == report.lines.filter(\.passed).count)
    #expect(summary.failed == report.lines.filter { !$0.passed }.count)

    let line = try #require(report.line(for: misbehaviour.check))
    #expect(!line.passed, "\(misbehaviour.check) passed: \(line.detail)")
    for word in misbehaviour.mentions {
      #expect(line.detail.contains(word), "\(misbehaviour.check): \(line.detail)")
    }
    let first = misbehaviour.firstFailure ?? misbehaviour.check
    #expect(report.lines.first { !$0.passed }?.check == first, "\(report.output)")
  }
}
