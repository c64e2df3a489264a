import FleetAdapterKit

/// The Tesla adapter.
let tesla = AdapterDefinition(
  id: "tesla", version: "1.0.0", group: "Tesla",
  brands: [
    BrandDefinition(
      "tesla", reasons: [.consentMissing],
      events: Event.standard(canCancel: false) + [.consentRejected])
  ])

@_cdecl("fc_adapter_entry_v1")
public func fc_adapter_entry_v1(_ host: UnsafeRawPointer?) -> UnsafeRawPointer? {
  AdapterExport.entry(host: host) { tesla }
}
