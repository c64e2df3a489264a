import FleetAdapterKit

let telematicsHardwareError = Reason.reject(
  "telematics hardware error",
  "There is an issue with the telematics hardware in the vehicle. Please get in touch with our support team.")

/// The Stellantis adapter. Stellantis approves only once data has arrived,
/// and gives up after 10 days without data.
let stellantis = AdapterDefinition(
  id: "stellantis", version: "1.0.0", group: "Stellantis",
  brands: BrandDefinition.group(
    ["alfaromeo", "citroen", "ds", "fiat", "jeep", "maserati", "opel", "peugeot", "vauxhall"],
    canCancel: true, cancelMinimumAgeSeconds: 86_400,
    reasons: [.noDataReceived, telematicsHardwareError, .activationTimeoutNoData],
    events: Event.standard(canCancel: true) + [
      .waitingForData,
      Event(
        "telematics_error", .reject(telematicsHardwareError.text),
        "The vehicle's telematics unit reported a hardware fault."),
      .activationTimeout,
    ],
    timers: [.withoutData(afterDays: 10, reject: Reason.activationTimeoutNoData.text)],
    approveRequiresData: true))

@_cdecl("fc_adapter_entry_v1")
public func fc_adapter_entry_v1(_ host: UnsafeRawPointer?) -> UnsafeRawPointer? {
  AdapterExport.entry(host: host) { stellantis }
}
