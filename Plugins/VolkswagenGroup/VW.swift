import FleetAdapterKit

/// The Volkswagen Group's vocabulary, from the seed's tables.
enum VW {
  static let customerNameTag = "vw-group-customer-name"
  static let noData = Reason.noDataReceived.text
  static let privacyMode = "privacy mode is enabled"
  static let customerNameMissing = "customer name tag missing"
  static let otherProject = Reason.assignedToOtherProject.text
  static let fleetAssignmentFailed = Reason.fleetAssignmentFailed.text
  static let constrained = "ineligible or constrained VIN"
  static let platform = "vehicle platform not supported"
  static let primaryUser = "primary user enrolled"
  static let software = "software version incompatible"

  static let reasons: [Reason] = [
    .noDataReceived,
    .pending(
      privacyMode,
      "The vehicle has privacy mode enabled, which blocks the activation process. We will keep retrying for a number of days before the vehicle is set to `rejected`"
    ),
    .assignedToOtherProject,
    .fleetAssignmentFailed,
    .reject(
      customerNameMissing,
      "The fleet operator name is missing in the clearance request. Retry with the `vw-group-customer-name` tag set."
    ),
    .reject(
      privacyMode, "The vehicle has privacy mode enabled, which blocks the activation process."),
    .reject(
      constrained,
      "The vehicle is either not eligible for activation, or in rare cases, its activation is blocked by VW."
    ),
    .reject(platform, "The vehicle is on an OEM platform which doesn't support fleet activation."),
    .reject(
      primaryUser,
      "The vehicle has primary user enrolled, the user must be deregistered and head-unit need to be reset before trying aging."
    ),
    .reject(software, "The software in vehicle is incompatible. Please get in touch with our support team."),
  ]

  /// `activation_rejected`'s detail codes and the reasons they mean.
  static let rejectionCodes: [String: String] = [
    "PRIVACY_MODE": privacyMode,
    "PLATFORM_UNSUPPORTED": platform,
    "PRIMARY_USER": primaryUser,
    "SOFTWARE_INCOMPATIBLE": software,
    "CONSTRAINED": constrained,
    "OTHER_PROJECT": otherProject,
    "FLEET_ASSIGNMENT_FAILED": fleetAssignmentFailed,
  ]

  static let events: [Event] =
    Event.standard(canCancel: true) + [
      Event("privacy_mode_enabled", .pending(privacyMode), "The vehicle has privacy mode on; VW keeps retrying."),
      Event("waiting_for_data", .pending(noData), "Activated at VW, no data from the vehicle yet."),
      Event("assigned_to_other_project", .reject(otherProject), "Another project holds the VIN."),
      Event("fleet_assignment_failed", .reject(fleetAssignmentFailed), "VW could not assign the VIN to the fleet."),
      Event("customer_name_missing", .reject(customerNameMissing), "VW refused the request without a customer name."),
      Event("privacy_mode_rejected", .reject(privacyMode), "VW gave up because privacy mode stays on."),
      Event("vin_constrained", .reject(constrained), "VW blocks or does not allow the VIN."),
      Event("platform_not_supported", .reject(platform), "The vehicle's platform has no fleet activation."),
      Event("primary_user_enrolled", .reject(primaryUser), "A primary user is enrolled in the vehicle."),
      Event("software_incompatible", .reject(software), "The vehicle's software is incompatible."),
      Event(
        "activation_rejected", .reject(GlobalReason.unspecified),
        "VW refused the activation; detail carries VW's code (PRIVACY_MODE, PLATFORM_UNSUPPORTED, PRIMARY_USER, SOFTWARE_INCOMPATIBLE, CONSTRAINED, OTHER_PROJECT, FLEET_ASSIGNMENT_FAILED)."
      ),
    ]
}
