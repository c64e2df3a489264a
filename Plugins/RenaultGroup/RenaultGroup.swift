import FleetAdapterKit

let invalidOEMState = Reason.reject(
  "invalid OEM state",
  "There is an unknown error in the Renault activation API. Please get in touch with our support team.")

/// The Renault Group adapter.
let renaultGroup = AdapterDefinition(
  id: "renault-group", version: "1.0.0", group: "Renault Group",
  brands: BrandDefinition.group(
    ["renault", "dacia"], reasons: [invalidOEMState, .fleetAssignmentFailed],
    events: Event.standard(canCancel: false) + [
      Event(
        "invalid_oem_state", .reject(invalidOEMState.text),
        "Renault's activation API failed with an unknown error."),
      .fleetAssignmentFailed,
    ]))

@_cdecl("fc_adapter_entry_v1")
public func fc_adapter_entry_v1(_ host: UnsafeRawPointer?) -> UnsafeRawPointer? {
  AdapterExport.entry(host: host) { renaultGroup }
}
