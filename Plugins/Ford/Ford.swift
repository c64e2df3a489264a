import FleetAdapterKit

/// Ford keeps retrying while consent is missing, so the same text is also
/// a pending reason.
let consentStillMissing = Reason.pending(Reason.consentMissing.text, Reason.consentMissing.description)
let revokeInProgress = Reason.reject(
  "invalid OEM state: VIN revoke in progress",
  "Ford is still processing a previous request to revoke the VIN, which needs to finish before a new clearance can be created"
)

/// The Ford adapter. Missing consent is retried for 10 days from when Ford
/// reported it; a VIN added again while its revoke runs is refused.
let ford = AdapterDefinition(
  id: "ford", version: "1.0.0", group: "Ford",
  brands: [
    BrandDefinition(
      "ford", reasons: [consentStillMissing, .consentMissing, revokeInProgress],
      events: Event.standard(canCancel: false) + [
        Event(
          "consent_missing", .pending(consentStillMissing.text),
          "The fleet operator's consent is missing in Ford's portal; Ford keeps retrying."),
        .consentRejected,
        Event(
          "revoke_in_progress", .reject(revokeInProgress.text),
          "Ford refused: a previous revoke of the VIN is still running."),
      ],
      timers: [
        PendingTimer(
          whilePending: consentStillMissing.text, countsFrom: .reasonSet, afterDays: 10,
          then: .reject(Reason.consentMissing.text))
      ],
      addDuringTransition: revokeInProgress.text)
  ])

@_cdecl("fc_adapter_entry_v1")
public func fc_adapter_entry_v1(_ host: UnsafeRawPointer?) -> UnsafeRawPointer? {
  AdapterExport.entry(host: host) { ford }
}
