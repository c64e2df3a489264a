import FleetAdapterKit

/// The Polestar adapter.
let polestar = AdapterDefinition(
  id: "polestar", version: "1.0.0", group: "Polestar",
  brands: [
    BrandDefinition(
      "polestar", reasons: [.assignedToOtherProject, .fleetAssignmentFailed],
      events: Event.standard(canCancel: false) + [.assignedToOtherProject, .fleetAssignmentFailed])
  ])

@_cdecl("fc_adapter_entry_v1")
public func fc_adapter_entry_v1(_ host: UnsafeRawPointer?) -> UnsafeRawPointer? {
  AdapterExport.entry(host: host) { polestar }
}
