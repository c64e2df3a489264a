import AdapterFixtures
import AdapterHost
import Testing

/// The validator sends garbage only where fleet_adapter.h says it may
/// (strings); an adapter that relies on the header's other promises, even
/// during validation, passes every check.
@Suite struct HeaderPromiseValidateTests {
  /// trusts_promises crashes on a brand that is not its own and on a
  /// `current_status` that is no FC_STATUS_* value. events-garbage sent
  /// status 99, which the header never allowed.
  @Test func anAdapterThatTrustsBrandAndStatusPasses() throws {
    let report = try ValidateReport.run(library: try FixtureLibrary.path("trusts_promises"))
    try #require(!report.timedOut, "validate did not finish:\n\(report.output)")
    #expect(report.status == 0, "\(report.output)")
    #expect(report.lines.map(\.check) == AdapterValidator.checkNames)
    for line in report.lines {
      #expect(line.passed, "\(line.check): \(line.detail)")
    }
  }
}
