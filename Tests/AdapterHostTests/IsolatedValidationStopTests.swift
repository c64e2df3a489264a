import AdapterFixtures
import AdapterHost
import Testing

/// The host validates hot-loaded libraries while clients wait, so it stops
/// starting children after the first failure (a hanging adapter would cost
/// a timeout per check).
@Suite struct IsolatedValidationStopTests {
  @Test func noChildStartsAfterTheFirstFailure() throws {
    let library = try FixtureLibrary.path("init_crash")
    let results = IsolatedValidation.validate(
      library: library, executable: try Products.host(), stopAfterFirstFailure: true)
    #expect(results.map(\.check) == AdapterValidator.checkNames)
    let firstFailure = try #require(results.firstIndex { !$0.passed })
    #expect(results[firstFailure].check == "init" && results[firstFailure].detail.contains("SIGSEGV"))
    #expect(results[firstFailure].detail.contains("SIGSEGV) in init during this check"), "\(results[firstFailure])")
    for result in results[(firstFailure + 1)...] {
      #expect(!result.passed && result.detail == "not run: validation stopped at the first failure", "\(result)")
    }
  }

  /// A crash in check_eligibility stops a hot load at an eligibility check
  /// that names check_eligibility. It stopped at init-repeat (which asks for
  /// eligibility once after its init/deinit rounds) with a bare "crashed
  /// during this check", so the client never learned what crashed.
  @Test func aCrashInEligibilityIsBlamedOnEligibility() throws {
    let results = IsolatedValidation.validate(
      library: try FixtureLibrary.path("eligibility_crash"), executable: try Products.host(),
      stopAfterFirstFailure: true)
    let first = try #require(results.first { !$0.passed })
    #expect(first.check == "eligibility-answers", "\(first)")
    #expect(first.detail.contains("SIGSEGV) in check_eligibility during this check"), "\(first)")
  }
}
