import FleetAdapterKit

/// The Volkswagen Group adapter: volkswagen, audi, skoda, seat, cupra.
let volkswagenGroup = AdapterDefinition(
  id: "volkswagen-group", version: "1.0.0", group: "Volkswagen Group",
  brands: BrandDefinition.group(
    ["volkswagen", "audi", "skoda", "seat", "cupra"],
    canCancel: true, cancelMinimumAgeSeconds: 86_400,
    requiredTags: [VW.customerNameTag], reasons: VW.reasons, events: VW.events,
    timers: [
      PendingTimer(
        whilePending: VW.privacyMode, countsFrom: .reasonSet, afterDays: 15,
        then: .reject(VW.privacyMode))
    ],
    approveRequiresData: true),
  eligibility: { query in
    let name = query.tags[VW.customerNameTag] ?? ""
    return name.allSatisfy(\.isWhitespace) ? .notEligible(VW.customerNameMissing) : .eligible
  },
  mapEvent: { query in
    // VW reports every refusal as one event whose detail is its error code.
    guard query.event == "activation_rejected" else { return nil }
    return VW.rejectionCodes[query.detail].map { EventAnswer(.reject($0)) }
  })

@_cdecl("fc_adapter_entry_v1")
public func fc_adapter_entry_v1(_ host: UnsafeRawPointer?) -> UnsafeRawPointer? {
  AdapterExport.entry(host: host) { volkswagenGroup }
}
