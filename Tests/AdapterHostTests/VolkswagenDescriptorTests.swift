import AdapterHost
import ClearanceCore
import Testing

/// The Volkswagen Group adapter (Swift, through FleetAdapterKit) reads back
/// exactly as VW.swift declares it, for each of its five brands.
@Suite struct VolkswagenDescriptorTests {
  static let brands = ["volkswagen", "audi", "skoda", "seat", "cupra"]
  static let privacyMode = "privacy mode is enabled"

  let adapter: LoadedAdapter

  init() throws { adapter = try AdapterLoader.load(path: try Products.volkswagenGroup()) }

  @Test func identity() {
    let descriptor = adapter.descriptor
    #expect(descriptor.id == "volkswagen-group")
    #expect(descriptor.version == "1.0.0")
    #expect(descriptor.group == "Volkswagen Group")
    #expect(descriptor.abiVersion == "1.0")
    // A Swift adapter shares the host's runtime, so it must record the same compiler.
    #expect(descriptor.swiftVersion == HostABI.swiftVersion)
    #expect(!descriptor.swiftVersion.isEmpty)
    #expect(descriptor.threadSafe)
    #expect(descriptor.brands.map(\.brand) == Self.brands)
    #expect(descriptor.hasMapEvent)
    #expect(!descriptor.hasInit && !descriptor.hasDeinit && !descriptor.hasGetExtension)
  }

  @Test(arguments: brands) func brandRules(brand: String) throws {
    let rules = try #require(adapter.rules(for: brand))
    #expect(rules.group == "Volkswagen Group")
    #expect(rules.canCancel)
    #expect(rules.cancelMinAgeSeconds == 86_400)
    #expect(rules.requiredTags == ["vw-group-customer-name"])
    #expect(rules.approveRequiresData)
    #expect(rules.addDuringTransition == nil)
  }

  @Test(arguments: brands) func privacyTimer(brand: String) throws {
    let rules = try #require(adapter.rules(for: brand))
    #expect(
      rules.timers == [
        TimerDeclaration(
          status: .pending, reason: Self.privacyMode, countsFrom: .reasonSet, unlessDataReceived: false,
          afterSeconds: 15 * 86_400, effect: .reject, thenReason: Self.privacyMode)
      ])
  }

  @Test(arguments: brands) func reasons(brand: String) throws {
    let rules = try #require(adapter.rules(for: brand))
    #expect(rules.reasons == Self.reasons)
  }

  @Test(arguments: brands) func events(brand: String) throws {
    let rules = try #require(adapter.rules(for: brand))
    #expect(rules.events.map(\.event) == Self.events.map(\.event), "same events in the same order")
    #expect(rules.events == Self.events)
  }

  static let reasons: [ReasonDeclaration] = [
    ReasonDeclaration("no data received", kind: .pending, description: "We haven't receive data from the vehicle ."),
    ReasonDeclaration(
      privacyMode, kind: .pending,
      description:
        "The vehicle has privacy mode enabled, which blocks the activation process. We will keep retrying for a number of days before the vehicle is set to `rejected`"
    ),
    ReasonDeclaration(
      "VIN is assigned to a different app or project", kind: .reject,
      description:
        "The VIN is already activated in a different project. Multiple project activation is not possible for these brands."
    ),
    ReasonDeclaration(
      "OEM fleet assignment failed", kind: .reject,
      description:
        "The VIN is most likely activated by another customer of the OEM. Please get in touch with our support team."),
    ReasonDeclaration(
      "customer name tag missing", kind: .reject,
      description:
        "The fleet operator name is missing in the clearance request. Retry with the `vw-group-customer-name` tag set."
    ),
    ReasonDeclaration(
      privacyMode, kind: .reject,
      description: "The vehicle has privacy mode enabled, which blocks the activation process."),
    ReasonDeclaration(
      "ineligible or constrained VIN", kind: .reject,
      description:
        "The vehicle is either not eligible for activation, or in rare cases, its activation is blocked by VW."),
    ReasonDeclaration(
      "vehicle platform not supported", kind: .reject,
      description: "The vehicle is on an OEM platform which doesn't support fleet activation."),
    ReasonDeclaration(
      "primary user enrolled", kind: .reject,
      description:
        "The vehicle has primary user enrolled, the user must be deregistered and head-unit need to be reset before trying aging."
    ),
    ReasonDeclaration(
      "software version incompatible", kind: .reject,
      description: "The software in vehicle is incompatible. Please get in touch with our support team."),
  ]

  static let events: [EventDeclaration] = [
    EventDeclaration(
      "activation_succeeded", effect: .approve, description: "The OEM activated data access for the VIN."),
    EventDeclaration("data_received", effect: .dataReceived, description: "The vehicle sent data."),
    EventDeclaration("activation_error", effect: .error, description: "The OEM's activation service failed."),
    EventDeclaration(
      "access_revoked", effect: .revoked, description: "Data access for the VIN ended (revoke confirmed)."),
    EventDeclaration(
      "cancel_confirmed", effect: .canceled,
      description: "The OEM confirmed that the pending activation is canceled."),
    EventDeclaration(
      "activation_failed", effect: .reject, reason: "unspecified",
      description: "The activation failed without a reason."),
    EventDeclaration(
      "client_not_configured", effect: .reject, reason: "invalid client configuration",
      description: "The project is not configured at the OEM."),
    EventDeclaration(
      "vin_unknown", effect: .reject, reason: "invalid VIN", description: "The OEM does not know the VIN."),
    EventDeclaration(
      "vin_ineligible", effect: .reject, reason: "ineligible VIN", description: "The vehicle cannot be activated."),
    EventDeclaration(
      "assigned_to_other_fleet", effect: .reject, reason: "VIN is assigned to a different OEM fleet",
      description: "Another customer of the OEM holds the VIN."),
    EventDeclaration(
      "privacy_mode_enabled", effect: .pending, reason: privacyMode,
      description: "The vehicle has privacy mode on; VW keeps retrying."),
    EventDeclaration(
      "waiting_for_data", effect: .pending, reason: "no data received",
      description: "Activated at VW, no data from the vehicle yet."),
    EventDeclaration(
      "assigned_to_other_project", effect: .reject, reason: "VIN is assigned to a different app or project",
      description: "Another project holds the VIN."),
    EventDeclaration(
      "fleet_assignment_failed", effect: .reject, reason: "OEM fleet assignment failed",
      description: "VW could not assign the VIN to the fleet."),
    EventDeclaration(
      "customer_name_missing", effect: .reject, reason: "customer name tag missing",
      description: "VW refused the request without a customer name."),
    EventDeclaration(
      "privacy_mode_rejected", effect: .reject, reason: privacyMode,
      description: "VW gave up because privacy mode stays on."),
    EventDeclaration(
      "vin_constrained", effect: .reject, reason: "ineligible or constrained VIN",
      description: "VW blocks or does not allow the VIN."),
    EventDeclaration(
      "platform_not_supported", effect: .reject, reason: "vehicle platform not supported",
      description: "The vehicle's platform has no fleet activation."),
    EventDeclaration(
      "primary_user_enrolled", effect: .reject, reason: "primary user enrolled",
      description: "A primary user is enrolled in the vehicle."),
    EventDeclaration(
      "software_incompatible", effect: .reject, reason: "software version incompatible",
      description: "The vehicle's software is incompatible."),
    EventDeclaration(
      "activation_rejected", effect: .reject, reason: "unspecified",
      description:
        "VW refused the activation; detail carries VW's code (PRIVACY_MODE, PLATFORM_UNSUPPORTED, PRIMARY_USER, SOFTWARE_INCOMPATIBLE, CONSTRAINED, OTHER_PROJECT, FLEET_ASSIGNMENT_FAILED)."
    ),
  ]
}
