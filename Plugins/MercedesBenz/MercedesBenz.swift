import FleetAdapterKit

let vinActivationTimeout = Reason.reject(
  "VIN activation timeout",
  "The activation of the VIN has timed out as the vehicle could not be reached after several days of retrying.")

/// The Mercedes-Benz adapter. Reaching the vehicle is reported as
/// `data_received`; a vehicle not reached within 7 days times out.
let mercedesBenz = AdapterDefinition(
  id: "mercedes-benz", version: "1.0.0", group: "Mercedes-Benz",
  brands: [
    BrandDefinition(
      "mercedes-benz", canCancel: true, cancelMinimumAgeSeconds: 86_400,
      reasons: [vinActivationTimeout],
      events: Event.standard(canCancel: true) + [
        Event(
          "activation_timeout", .reject(vinActivationTimeout.text),
          "Mercedes-Benz gave up: the vehicle could not be reached.")
      ],
      timers: [.withoutData(afterDays: 7, reject: vinActivationTimeout.text)])
  ])

@_cdecl("fc_adapter_entry_v1")
public func fc_adapter_entry_v1(_ host: UnsafeRawPointer?) -> UnsafeRawPointer? {
  AdapterExport.entry(host: host) { mercedesBenz }
}
