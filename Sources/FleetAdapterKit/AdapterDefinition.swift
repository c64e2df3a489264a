/// A brand adapter described as plain Swift values plus two functions.
///
/// A brand team writes one of these and exports it with `AdapterExport`;
/// the kit turns it into the C descriptor of `fleet_adapter.h`, so the
/// adapter never touches a pointer and never depends on the host.
public struct AdapterDefinition: Sendable {
  public var id: String
  public var version: String
  public var group: String
  public var brands: [BrandDefinition]
  /// Decides whether a vehicle may be activated. Must be fast (well under
  /// 10 ms), deterministic and free of I/O. Must not trap: a trap inside an
  /// adapter ends the host process.
  public var eligibility: @Sendable (EligibilityQuery) -> Eligibility
  /// Refines what an OEM event means; nil (or returning nil) keeps the
  /// event's declared effect.
  public var mapEvent: (@Sendable (EventQuery) -> EventAnswer?)?

  public init(
    id: String, version: String, group: String, brands: [BrandDefinition],
    eligibility: @escaping @Sendable (EligibilityQuery) -> Eligibility = { _ in .eligible },
    mapEvent: (@Sendable (EventQuery) -> EventAnswer?)? = nil
  ) {
    self.id = id
    self.version = version
    self.group = group
    self.brands = brands
    self.eligibility = eligibility
    self.mapEvent = mapEvent
  }
}
