import FleetAdapterKit

/// The Volvo Cars adapter. Like Stellantis, it gives up after 10 days
/// without data, but approves without waiting for data.
let volvoCars = AdapterDefinition(
  id: "volvo-cars", version: "1.0.0", group: "Volvo Cars",
  brands: [
    BrandDefinition(
      "volvo-cars", reasons: [.fleetAssignmentFailed, .activationTimeoutNoData],
      events: Event.standard(canCancel: false) + [.fleetAssignmentFailed, .activationTimeout],
      timers: [.withoutData(afterDays: 10, reject: Reason.activationTimeoutNoData.text)])
  ])

@_cdecl("fc_adapter_entry_v1")
public func fc_adapter_entry_v1(_ host: UnsafeRawPointer?) -> UnsafeRawPointer? {
  AdapterExport.entry(host: host) { volvoCars }
}
