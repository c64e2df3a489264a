import AdapterHost
import ClearanceCore
import Testing

/// ClearanceCore.Tag, not Testing.Tag.
typealias VehicleTag = ClearanceCore.Tag

/// Eligibility and event mapping of the real adapters, called in-process
/// through the host's checked calls.
@Suite struct RealAdapterCallTests {
  static let vin = "WVWZZZ1JZXW000001"
  static let customerName = VehicleTag(key: "vw-group-customer-name", value: "Acme Fleet")

  static func pending(brand: String) -> Clearance {
    let time = Timestamp(secondsSinceEpoch: 1_767_225_600)
    return Clearance(
      vin: vin, brand: brand, tags: [customerName],
      changelog: [ChangelogEntry(timestamp: time, status: .pending)], insertedAt: time, approvedAt: nil,
      dataReceived: false, activationReported: false)
  }

  @Test(arguments: VolkswagenDescriptorTests.brands)
  func volkswagenRefusesWithoutCustomerName(brand: String) throws {
    let adapter = try AdapterLoader.load(path: try Products.volkswagenGroup())
    let missing = EligibilityVerdict.notEligible(reason: "customer name tag missing")
    #expect(try adapter.checkEligibility(brand: brand, vin: Self.vin, tags: []) == missing)
    // A blank name is no name.
    let blank = VehicleTag(key: Self.customerName.key, value: "  ")
    #expect(try adapter.checkEligibility(brand: brand, vin: Self.vin, tags: [blank]) == missing)
    let unrelated = VehicleTag(key: "cost-center", value: "42")
    #expect(try adapter.checkEligibility(brand: brand, vin: Self.vin, tags: [unrelated]) == missing)
  }

  @Test(arguments: VolkswagenDescriptorTests.brands)
  func volkswagenAcceptsWithCustomerName(brand: String) throws {
    let adapter = try AdapterLoader.load(path: try Products.volkswagenGroup())
    #expect(
      try adapter.checkEligibility(brand: brand, vin: Self.vin, tags: [Self.customerName])
        == .eligible(pendingReason: nil))
  }

  @Test(arguments: [[], [VehicleTag(key: "cost-center", value: "42")], [customerName]])
  func kiaIsAlwaysEligible(tags: [VehicleTag]) throws {
    let adapter = try AdapterLoader.load(path: try Products.kia())
    #expect(try adapter.checkEligibility(brand: "kia", vin: Self.vin, tags: tags) == .eligible(pendingReason: nil))
  }

  @Test func eligibilityForAnUnservedBrandIsRefusedByTheHost() throws {
    let adapter = try AdapterLoader.load(path: try Products.kia())
    let error = #expect(throws: AdapterCallError.self) {
      try adapter.checkEligibility(brand: "audi", vin: Self.vin, tags: [])
    }
    #expect(error?.problem.contains("does not serve") == true)
  }

  /// VW reports every refusal as `activation_rejected` with its code in
  /// `detail`; an unknown code keeps the declared "unspecified".
  @Test(arguments: [
    ("PLATFORM_UNSUPPORTED", "vehicle platform not supported"),
    ("PRIVACY_MODE", "privacy mode is enabled"),
    ("FLEET_ASSIGNMENT_FAILED", "OEM fleet assignment failed"),
    ("NOT_A_VW_CODE", "unspecified"),
    ("", "unspecified"),
  ])
  func volkswagenMapsRejectionCodes(detail: String, reason: String) throws {
    let adapter = try AdapterLoader.load(path: try Products.volkswagenGroup())
    let event = try #require(adapter.rules(for: "audi")?.event(named: "activation_rejected"))
    let answer = try adapter.mapEvent(event, clearance: Self.pending(brand: "audi"), detail: detail)
    #expect(answer.effect == .reject)
    #expect(answer.reason == reason)
  }

  @Test func volkswagenLeavesOtherEventsAsDeclared() throws {
    let adapter = try AdapterLoader.load(path: try Products.volkswagenGroup())
    let event = try #require(adapter.rules(for: "skoda")?.event(named: "privacy_mode_enabled"))
    let answer = try adapter.mapEvent(event, clearance: Self.pending(brand: "skoda"), detail: "PLATFORM_UNSUPPORTED")
    #expect(answer.effect == .pending)
    #expect(answer.reason == "privacy mode is enabled")
  }

  /// Kia has no map_event: the declaration is the answer.
  @Test func kiaEventsMeanWhatTheyDeclare() throws {
    let adapter = try AdapterLoader.load(path: try Products.kia())
    let event = try #require(adapter.rules(for: "kia")?.event(named: "connectivity_disabled"))
    let answer = try adapter.mapEvent(event, clearance: Self.pending(brand: "kia"), detail: "anything")
    #expect(answer.effect == .reject)
    #expect(answer.reason == "in-vehicle connectivity settings are disabled")
  }
}
