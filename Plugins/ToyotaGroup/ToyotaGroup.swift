import FleetAdapterKit

/// The Toyota Group adapter.
let toyotaGroup = AdapterDefinition(
  id: "toyota-group", version: "1.0.0", group: "Toyota Group",
  brands: BrandDefinition.group(
    ["toyota", "lexus"], reasons: [.assignedToOtherProject],
    events: Event.standard(canCancel: false) + [.assignedToOtherProject]))

@_cdecl("fc_adapter_entry_v1")
public func fc_adapter_entry_v1(_ host: UnsafeRawPointer?) -> UnsafeRawPointer? {
  AdapterExport.entry(host: host) { toyotaGroup }
}
