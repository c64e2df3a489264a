import Testing

/// The eleven adapters the product ships, as clearance.md and issue 4 specify
/// them: the tests' own statement of what the host must load and list.
struct ShippedAdapter: Sendable, CustomTestStringConvertible {
  struct Event: Sendable, Hashable {
    var id: String
    var effect: String
    var reason: String?
  }

  struct Timer: Sendable, Hashable {
    /// The pending reason it waits in; nil: any.
    var whilePending: String?
    var countsFrom: String
    var unlessDataReceived: Bool
    var afterDays: Int
    var thenReason: String
  }

  /// The library's base name: lib<library>.so and Plugins/<library>.
  var library: String
  var id: String
  var group: String
  var brands: [String]
  var canCancel = false
  /// Tags every vehicle of the group needs to be eligible.
  var requiredTags: [String: String] = [:]
  /// The events beyond the standard ones every adapter has.
  var ownEvents: [Event] = []
  var timers: [Timer] = []
  var approveRequiresData = false
  var addDuringTransition: String?

  var testDescription: String { library }

  /// The standard events of the kit (and of the C adapter, which has the same ids).
  var standardEvents: [Event] {
    [
      Event(id: "activation_succeeded", effect: "approve"),
      Event(id: "data_received", effect: "data_received"),
      Event(id: "activation_error", effect: "error"),
      Event(id: "access_revoked", effect: "revoked"),
      Event(id: "activation_failed", effect: "reject", reason: "unspecified"),
      Event(id: "client_not_configured", effect: "reject", reason: "invalid client configuration"),
      Event(id: "vin_unknown", effect: "reject", reason: "invalid VIN"),
      Event(id: "vin_ineligible", effect: "reject", reason: "ineligible VIN"),
      Event(id: "assigned_to_other_fleet", effect: "reject", reason: "VIN is assigned to a different OEM fleet"),
    ] + (canCancel ? [Event(id: "cancel_confirmed", effect: "canceled")] : [])
  }

  var events: [Event] { standardEvents + ownEvents }
}

enum Shipped {
  static let cancelMinimumAgeSeconds = 86_400
  static let customerNameTag = "vw-group-customer-name"

  private typealias Event = ShippedAdapter.Event
  private typealias Timer = ShippedAdapter.Timer

  private static func reject(_ id: String, _ reason: String) -> Event {
    Event(id: id, effect: "reject", reason: reason)
  }

  private static func pending(_ id: String, _ reason: String) -> Event {
    Event(id: id, effect: "pending", reason: reason)
  }

  private static func withoutData(days: Int, then reason: String) -> Timer {
    Timer(whilePending: nil, countsFrom: "created", unlessDataReceived: true, afterDays: days, thenReason: reason)
  }

  static let adapters: [ShippedAdapter] = [
    ShippedAdapter(
      library: "VolkswagenGroup", id: "volkswagen-group", group: "Volkswagen Group",
      brands: ["volkswagen", "audi", "skoda", "seat", "cupra"], canCancel: true,
      requiredTags: [customerNameTag: "ACME Fleet"],
      ownEvents: [
        pending("privacy_mode_enabled", "privacy mode is enabled"),
        pending("waiting_for_data", "no data received"),
        reject("assigned_to_other_project", "VIN is assigned to a different app or project"),
        reject("fleet_assignment_failed", "OEM fleet assignment failed"),
        reject("customer_name_missing", "customer name tag missing"),
        reject("privacy_mode_rejected", "privacy mode is enabled"),
        reject("vin_constrained", "ineligible or constrained VIN"),
        reject("platform_not_supported", "vehicle platform not supported"),
        reject("primary_user_enrolled", "primary user enrolled"),
        reject("software_incompatible", "software version incompatible"),
        reject("activation_rejected", "unspecified"),
      ],
      timers: [
        Timer(
          whilePending: "privacy mode is enabled", countsFrom: "reason_set", unlessDataReceived: false,
          afterDays: 15, thenReason: "privacy mode is enabled")
      ],
      approveRequiresData: true),
    ShippedAdapter(
      library: "Kia", id: "kia", group: "Kia", brands: ["kia"],
      ownEvents: [
        reject("connectivity_disabled", "in-vehicle connectivity settings are disabled"),
        reject("activation_not_allowed", "VIN activation not allowed by OEM"),
      ]),
    ShippedAdapter(
      library: "Stellantis", id: "stellantis", group: "Stellantis",
      brands: ["alfaromeo", "citroen", "ds", "fiat", "jeep", "maserati", "opel", "peugeot", "vauxhall"],
      canCancel: true,
      ownEvents: [
        pending("waiting_for_data", "no data received"),
        reject("telematics_error", "telematics hardware error"),
        reject("activation_timeout", "activation timeout: no data"),
      ],
      timers: [withoutData(days: 10, then: "activation timeout: no data")],
      approveRequiresData: true),
    ShippedAdapter(
      library: "MercedesBenz", id: "mercedes-benz", group: "Mercedes-Benz", brands: ["mercedes-benz"],
      canCancel: true,
      ownEvents: [reject("activation_timeout", "VIN activation timeout")],
      timers: [withoutData(days: 7, then: "VIN activation timeout")]),
    ShippedAdapter(
      library: "Ford", id: "ford", group: "Ford", brands: ["ford"],
      ownEvents: [
        pending("consent_missing", "consent assignment missing"),
        reject("consent_rejected", "consent assignment missing"),
        reject("revoke_in_progress", "invalid OEM state: VIN revoke in progress"),
      ],
      timers: [
        Timer(
          whilePending: "consent assignment missing", countsFrom: "reason_set", unlessDataReceived: false,
          afterDays: 10, thenReason: "consent assignment missing")
      ],
      addDuringTransition: "invalid OEM state: VIN revoke in progress"),
    ShippedAdapter(
      library: "Tesla", id: "tesla", group: "Tesla", brands: ["tesla"],
      ownEvents: [reject("consent_rejected", "consent assignment missing")]),
    ShippedAdapter(
      library: "BMWGroup", id: "bmw-group", group: "BMW Group", brands: ["bmw", "mini"],
      ownEvents: [reject("assigned_to_other_project", "VIN is assigned to a different app or project")]),
    ShippedAdapter(
      library: "ToyotaGroup", id: "toyota-group", group: "Toyota Group", brands: ["toyota", "lexus"],
      ownEvents: [reject("assigned_to_other_project", "VIN is assigned to a different app or project")]),
    ShippedAdapter(
      library: "Polestar", id: "polestar", group: "Polestar", brands: ["polestar"],
      ownEvents: [
        reject("assigned_to_other_project", "VIN is assigned to a different app or project"),
        reject("fleet_assignment_failed", "OEM fleet assignment failed"),
      ]),
    ShippedAdapter(
      library: "RenaultGroup", id: "renault-group", group: "Renault Group", brands: ["renault", "dacia"],
      ownEvents: [
        reject("invalid_oem_state", "invalid OEM state"),
        reject("fleet_assignment_failed", "OEM fleet assignment failed"),
      ]),
    ShippedAdapter(
      library: "VolvoCars", id: "volvo-cars", group: "Volvo Cars", brands: ["volvo-cars"],
      ownEvents: [
        reject("fleet_assignment_failed", "OEM fleet assignment failed"),
        reject("activation_timeout", "activation timeout: no data"),
      ],
      timers: [withoutData(days: 10, then: "activation timeout: no data")]),
  ]

  static let brands: [String] = adapters.flatMap(\.brands)

  static func adapter(group: String) -> ShippedAdapter {
    guard let adapter = adapters.first(where: { $0.group == group }) else {
      preconditionFailure("no shipped adapter for group \(group)")
    }
    return adapter
  }

  static func adapter(brand: String) -> ShippedAdapter {
    guard let adapter = adapters.first(where: { $0.brands.contains(brand) }) else {
      preconditionFailure("no shipped adapter for brand \(brand)")
    }
    return adapter
  }
}
