/// One changelog entry as the whole host saw it: what
/// `fleet_clearance_changed` and `vehicles.changes` report. Carries the
/// brand and tags the clearance had when the entry was made.
public struct ChangeRecord: Sendable, Hashable {
  public var seq: Int64
  public var vin: String
  public var brand: String
  public var status: ClearanceStatus
  public var previousStatus: ClearanceStatus?
  public var reason: String?
  public var timestamp: Timestamp
  public var tags: [Tag]

  public init(
    seq: Int64, vin: String, brand: String, status: ClearanceStatus,
    previousStatus: ClearanceStatus?, reason: String?, timestamp: Timestamp, tags: [Tag]
  ) {
    self.seq = seq
    self.vin = vin
    self.brand = brand
    self.status = status
    self.previousStatus = previousStatus
    self.reason = reason
    self.timestamp = timestamp
    self.tags = tags
  }
}
