import FleetAdapterKit

/// The BMW Group adapter.
let bmwGroup = AdapterDefinition(
  id: "bmw-group", version: "1.0.0", group: "BMW Group",
  brands: BrandDefinition.group(
    ["bmw", "mini"], reasons: [.assignedToOtherProject],
    events: Event.standard(canCancel: false) + [.assignedToOtherProject]))

@_cdecl("fc_adapter_entry_v1")
public func fc_adapter_entry_v1(_ host: UnsafeRawPointer?) -> UnsafeRawPointer? {
  AdapterExport.entry(host: host) { bmwGroup }
}
