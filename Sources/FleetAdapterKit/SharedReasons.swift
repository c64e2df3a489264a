/// Reasons the seed's tables give to several brand groups, with the seed's
/// descriptions verbatim: declared once here so that every adapter that
/// gives them uses the same text and description.
extension Reason {
  public static let noDataReceived = Reason.pending(
    "no data received", "We haven't receive data from the vehicle .")
  public static let assignedToOtherProject = Reason.reject(
    "VIN is assigned to a different app or project",
    "The VIN is already activated in a different project. Multiple project activation is not possible for these brands."
  )
  public static let fleetAssignmentFailed = Reason.reject(
    "OEM fleet assignment failed",
    "The VIN is most likely activated by another customer of the OEM. Please get in touch with our support team.")
  public static let activationTimeoutNoData = Reason.reject(
    "activation timeout: no data",
    "We failed to receive any data from the vehicle during the activation process.")
  public static let consentMissing = Reason.reject(
    "consent assignment missing", "Fleet operator consent to High Mobility is missing in the OEM portal.")
}

/// The events that report the shared reasons, with the same ids in every
/// adapter that declares them.
extension Event {
  public static let waitingForData = Event(
    "waiting_for_data", .pending(Reason.noDataReceived.text), "Activated at the OEM, no data from the vehicle yet.")
  public static let assignedToOtherProject = Event(
    "assigned_to_other_project", .reject(Reason.assignedToOtherProject.text), "Another project holds the VIN.")
  public static let fleetAssignmentFailed = Event(
    "fleet_assignment_failed", .reject(Reason.fleetAssignmentFailed.text),
    "The OEM could not assign the VIN to the fleet.")
  public static let activationTimeout = Event(
    "activation_timeout", .reject(Reason.activationTimeoutNoData.text),
    "The OEM gave up: no data arrived during the activation.")
  public static let consentRejected = Event(
    "consent_rejected", .reject(Reason.consentMissing.text),
    "The OEM refused: the fleet operator's consent is missing in its portal.")
}
