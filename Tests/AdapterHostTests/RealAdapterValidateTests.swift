import AdapterHost
import Testing

/// The shipped adapters pass every conformance check.
@Suite struct RealAdapterValidateTests {
  @Test(arguments: ["libKia.so", "libVolkswagenGroup.so"]) func validatePasses(library: String) throws {
    let report = try ValidateReport.run(library: try Products.path(of: library))
    try #require(!report.timedOut, "validate did not finish:\n\(report.output)")
    #expect(report.status == 0, "\(report.output)")
    #expect(report.malformed == [])
    #expect(report.lines.map(\.check) == AdapterValidator.checkNames)
    for line in report.lines {
      #expect(line.passed, "\(line.check): \(line.detail)")
    }
    let summary = try #require(report.summary, "no summary line:\n\(report.output)")
    #expect(summary.passed == AdapterValidator.checkNames.count && summary.failed == 0)
  }
}
