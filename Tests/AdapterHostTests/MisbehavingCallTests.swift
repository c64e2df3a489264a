import AdapterFixtures
import AdapterHost
import ClearanceCore
import Testing

/// Adapters that load but answer badly: the host's checked calls turn the
/// bad answers into `AdapterCallError`s instead of passing them on.
@Suite struct MisbehavingCallTests {
  @Test func undeclaredEligibilityReasonIsRefused() throws {
    let adapter = try AdapterLoader.load(path: try FixtureLibrary.path("eligibility_undeclared_reason"))
    let error = try #require(throws: AdapterCallError.self) {
      try adapter.checkEligibility(brand: "undeclared-verdict", vin: "VIN0TESTVIN000000", tags: [])
    }
    #expect(error.adapterID == "eligibility-undeclared")
    #expect(error.function == "check_eligibility")
    #expect(error.problem.contains("\"made-up reason\""))
  }

  @Test func invalidUTF8FromMapEventIsRefused() throws {
    let adapter = try AdapterLoader.load(path: try FixtureLibrary.path("map_event_invalid_utf8"))
    let event = try #require(adapter.rules(for: "map-utf8")?.event(named: "refused"))
    let time = Timestamp(secondsSinceEpoch: 0)
    let clearance = Clearance(
      vin: "VIN0TESTVIN000000", brand: "map-utf8", tags: [],
      changelog: [ChangelogEntry(timestamp: time, status: .pending)], insertedAt: time, approvedAt: nil,
      dataReceived: false, activationReported: false)
    let error = try #require(throws: AdapterCallError.self) {
      try adapter.mapEvent(event, clearance: clearance, detail: "")
    }
    #expect(error.function == "map_event")
    #expect(error.problem.contains("not valid UTF-8"))
  }
}
