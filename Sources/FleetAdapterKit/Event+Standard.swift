/// The signals every OEM integration has, with the same ids in every
/// adapter, so that tools can drive any brand the same way.
extension Event {
  public static let activationSucceeded = Event(
    "activation_succeeded", .approve, "The OEM activated data access for the VIN.")
  public static let dataReceived = Event(
    "data_received", .dataReceived, "The vehicle sent data.")
  public static let activationError = Event(
    "activation_error", .error(nil), "The OEM's activation service failed.")
  public static let accessRevoked = Event(
    "access_revoked", .revoked, "Data access for the VIN ended (revoke confirmed).")
  public static let cancelConfirmed = Event(
    "cancel_confirmed", .canceled, "The OEM confirmed that the pending activation is canceled.")

  /// One event per global reject reason.
  public static let globalRejections: [Event] = [
    Event("activation_failed", .reject(GlobalReason.unspecified), "The activation failed without a reason."),
    Event(
      "client_not_configured", .reject(GlobalReason.invalidClientConfiguration),
      "The project is not configured at the OEM."),
    Event("vin_unknown", .reject(GlobalReason.invalidVIN), "The OEM does not know the VIN."),
    Event("vin_ineligible", .reject(GlobalReason.ineligibleVIN), "The vehicle cannot be activated."),
    Event(
      "assigned_to_other_fleet", .reject(GlobalReason.assignedToDifferentOEMFleet),
      "Another customer of the OEM holds the VIN."),
  ]

  /// The events every brand has: approval, data, errors, revocation, the
  /// global rejections, and the cancel confirmation where cancel exists.
  public static func standard(canCancel: Bool) -> [Event] {
    [activationSucceeded, dataReceived, activationError, accessRevoked]
      + (canCancel ? [cancelConfirmed] : []) + globalRejections
  }
}
