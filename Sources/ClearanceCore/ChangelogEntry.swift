/// One state a clearance entered, with when and why.
public struct ChangelogEntry: Sendable, Hashable {
  public var timestamp: Timestamp
  public var status: ClearanceStatus
  public var reason: String?

  public init(timestamp: Timestamp, status: ClearanceStatus, reason: String? = nil) {
    self.timestamp = timestamp
    self.status = status
    self.reason = reason
  }
}
