import AdapterHost
import ClearanceCore
import Testing

/// The Kia adapter (plain C) reads back exactly as kia_adapter.c declares it.
@Suite struct KiaDescriptorTests {
  static let connectivityDisabled = "in-vehicle connectivity settings are disabled"
  static let notAllowed = "VIN activation not allowed by OEM"

  let adapter: LoadedAdapter

  init() throws { adapter = try AdapterLoader.load(path: try Products.kia()) }

  @Test func identity() {
    let descriptor = adapter.descriptor
    #expect(descriptor.id == "kia")
    #expect(descriptor.version == "1.0.0")
    #expect(descriptor.group == "Kia")
    #expect(descriptor.abiVersion == "1.0")
    #expect(descriptor.swiftVersion == "", "a C adapter records no Swift version")
    #expect(descriptor.threadSafe)
    #expect(descriptor.brands.map(\.brand) == ["kia"])
    #expect(!descriptor.hasInit && !descriptor.hasDeinit && !descriptor.hasMapEvent && !descriptor.hasGetExtension)
  }

  @Test func brandRules() throws {
    let rules = try #require(adapter.rules(for: "kia"))
    #expect(rules.group == "Kia")
    #expect(!rules.canCancel)
    #expect(rules.cancelMinAgeSeconds == 0, "ignored without cancel support, so read as 0")
    #expect(rules.requiredTags == [])
    #expect(rules.timers == [])
    #expect(!rules.approveRequiresData)
    #expect(rules.addDuringTransition == nil)
  }

  @Test func reasons() throws {
    let rules = try #require(adapter.rules(for: "kia"))
    #expect(
      rules.reasons == [
        ReasonDeclaration(
          Self.connectivityDisabled, kind: .reject, description: "Vehicle's connectivity is not activated"),
        ReasonDeclaration(Self.notAllowed, kind: .reject, description: ""),
      ])
  }

  @Test func events() throws {
    let rules = try #require(adapter.rules(for: "kia"))
    #expect(
      rules.events == [
        EventDeclaration(
          "activation_succeeded", effect: .approve, description: "Kia activated data access for the VIN."),
        EventDeclaration("data_received", effect: .dataReceived, description: "The vehicle sent data."),
        EventDeclaration(
          "connectivity_disabled", effect: .reject, reason: Self.connectivityDisabled,
          description: "The vehicle's connectivity settings are turned off."),
        EventDeclaration(
          "activation_not_allowed", effect: .reject, reason: Self.notAllowed,
          description: "Kia refused the activation of this VIN."),
        EventDeclaration(
          "vin_unknown", effect: .reject, reason: "invalid VIN", description: "Kia does not know the VIN."),
        EventDeclaration(
          "vin_ineligible", effect: .reject, reason: "ineligible VIN", description: "The vehicle cannot be activated."),
        EventDeclaration(
          "assigned_to_other_fleet", effect: .reject, reason: "VIN is assigned to a different OEM fleet",
          description: "Another Kia fleet customer holds the VIN."),
        EventDeclaration(
          "client_not_configured", effect: .reject, reason: "invalid client configuration",
          description: "The project is not configured at Kia."),
        EventDeclaration(
          "activation_failed", effect: .reject, reason: "unspecified",
          description: "The activation failed without a reason."),
        EventDeclaration("activation_error", effect: .error, description: "Kia's activation service failed."),
        EventDeclaration("access_revoked", effect: .revoked, description: "Data access for the VIN ended."),
      ])
  }
}
