/// The seed's "Pending reasons" and "Reject reasons" tables
/// (activation-process.md), copied verbatim except for the brand column,
/// which names the groups as the adapters do: "VW Group" is "Volkswagen
/// Group", "Polesta" is "Polestar", "Global" is every group.
enum SeedTables {
  enum Kind: String, Sendable, Hashable {
    case pending
    case reject
  }

  struct Row: Sendable {
    var groups: [String]
    var kind: Kind
    var reason: String
    /// Exactly the seed's, empty where the seed leaves it empty.
    var description: String
  }

  static let global = ["Global"]

  static let pendingReasons: [Row] = [
    Row(
      groups: ["Ford"], kind: .pending, reason: "consent assignment missing",
      description: "Fleet operator consent to High Mobility is missing in the OEM portal."),
    Row(
      groups: ["Stellantis", "Volkswagen Group"], kind: .pending, reason: "no data received",
      description: "We haven't receive data from the vehicle ."),
    Row(
      groups: ["Volkswagen Group"], kind: .pending, reason: "privacy mode is enabled",
      description:
        "The vehicle has privacy mode enabled, which blocks the activation process. We will keep retrying for a number of days before the vehicle is set to `rejected`"
    ),
  ]

  static let rejectReasons: [Row] = [
    Row(
      groups: global, kind: .reject, reason: "unspecified",
      description:
        "When an activation fails without any specific reason, this reason is returned. For many brands this means that the vehicle is not eligible."
    ),
    Row(
      groups: global, kind: .reject, reason: "invalid client configuration",
      description:
        "This indicates that your project has not been configured by our support team. Please get in touch with your contact person."
    ),
    Row(
      groups: global, kind: .reject, reason: "invalid VIN",
      description: "The VIN is not recognised by the manufacturer as an eligible vehicle."),
    Row(
      groups: global, kind: .reject, reason: "ineligible VIN",
      description: "The vehicle is not eligible for activation."),
    Row(
      groups: global, kind: .reject, reason: "VIN is assigned to a different OEM fleet",
      description:
        "The VIN is already activated by another customer of the OEM, which blocks High Mobility from activating it."
    ),
    Row(
      groups: ["BMW Group", "Toyota Group", "Volkswagen Group", "Polestar"], kind: .reject,
      reason: "VIN is assigned to a different app or project",
      description:
        "The VIN is already activated in a different project. Multiple project activation is not possible for these brands."
    ),
    Row(
      groups: ["Ford", "Tesla"], kind: .reject, reason: "consent assignment missing",
      description: "Fleet operator consent to High Mobility is missing in the OEM portal."),
    Row(
      groups: ["Ford"], kind: .reject, reason: "invalid OEM state: VIN revoke in progress",
      description:
        "Ford is still processing a previous request to revoke the VIN, which needs to finish before a new clearance can be created"
    ),
    Row(
      groups: ["Mercedes-Benz"], kind: .reject, reason: "VIN activation timeout",
      description:
        "The activation of the VIN has timed out as the vehicle could not be reached after several days of retrying."
    ),
    Row(
      groups: ["Stellantis"], kind: .reject, reason: "telematics hardware error",
      description:
        "There is an issue with the telematics hardware in the vehicle. Please get in touch with our support team."),
    Row(
      groups: ["Renault Group"], kind: .reject, reason: "invalid OEM state",
      description:
        "There is an unknown error in the Renault activation API. Please get in touch with our support team."),
    Row(
      groups: ["Volkswagen Group", "Renault Group", "Volvo Cars", "Polestar"], kind: .reject,
      reason: "OEM fleet assignment failed",
      description:
        "The VIN is most likely activated by another customer of the OEM. Please get in touch with our support team."
    ),
    Row(
      groups: ["Volkswagen Group"], kind: .reject, reason: "customer name tag missing",
      description:
        "The fleet operator name is missing in the clearance request. Retry with the `vw-group-customer-name` tag set."
    ),
    Row(
      groups: ["Volkswagen Group"], kind: .reject, reason: "privacy mode is enabled",
      description: "The vehicle has privacy mode enabled, which blocks the activation process."),
    Row(
      groups: ["Volkswagen Group"], kind: .reject, reason: "ineligible or constrained VIN",
      description:
        "The vehicle is either not eligible for activation, or in rare cases, its activation is blocked by VW."),
    Row(
      groups: ["Volkswagen Group"], kind: .reject, reason: "vehicle platform not supported",
      description: "The vehicle is on an OEM platform which doesn't support fleet activation."),
    Row(
      groups: ["Volkswagen Group"], kind: .reject, reason: "primary user enrolled",
      description:
        "The vehicle has primary user enrolled, the user must be deregistered and head-unit need to be reset before trying aging."
    ),
    Row(
      groups: ["Volkswagen Group"], kind: .reject, reason: "software version incompatible",
      description: "The software in vehicle is incompatible. Please get in touch with our support team."),
    Row(
      groups: ["Stellantis", "Volvo Cars"], kind: .reject, reason: "activation timeout: no data",
      description: "We failed to receive any data from the vehicle during the activation process."),
    Row(
      groups: ["Kia"], kind: .reject, reason: "in-vehicle connectivity settings are disabled",
      description: "Vehicle's connectivity is not activated"),
    Row(groups: ["Kia"], kind: .reject, reason: "VIN activation not allowed by OEM", description: ""),
  ]

  static let allRows = pendingReasons + rejectReasons

  static let globalRejectReasons = rejectReasons.filter { $0.groups == global }.map(\.reason)

  /// The rows that apply to `group`, Global ones included.
  static func rows(for group: String) -> [Row] {
    allRows.filter { $0.groups == global || $0.groups.contains(group) }
  }
}
