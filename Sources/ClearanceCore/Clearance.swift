/// One vehicle's clearance: its current state is the newest changelog entry.
///
/// A plain value. The transitions live in `Clearance+Transitions.swift` and
/// return what happened; storing it and telling clients is the caller's job.
public struct Clearance: Sendable, Hashable {
  public var vin: String
  public var brand: String
  public var tags: [Tag]
  /// Never empty; oldest first.
  public private(set) var changelog: [ChangelogEntry]
  /// When the latest activation started (the add that made it pending).
  public private(set) var insertedAt: Timestamp
  public private(set) var approvedAt: Timestamp?
  /// The OEM reported that data arrived during the current activation.
  public private(set) var dataReceived: Bool
  /// The OEM reported the activation done, but the brand waits for data.
  public private(set) var activationReported: Bool

  public var status: ClearanceStatus { changelog[changelog.count - 1].status }
  public var reason: String? { changelog[changelog.count - 1].reason }
  public var updatedAt: Timestamp { changelog[changelog.count - 1].timestamp }

  /// Rebuilds a clearance exactly as it was stored (journals, snapshots).
  public init(
    vin: String, brand: String, tags: [Tag], changelog: [ChangelogEntry], insertedAt: Timestamp,
    approvedAt: Timestamp?, dataReceived: Bool, activationReported: Bool
  ) {
    precondition(!changelog.isEmpty, "a clearance always has a changelog entry")
    self.vin = vin
    self.brand = brand
    self.tags = tags
    self.changelog = changelog
    self.insertedAt = insertedAt
    self.approvedAt = approvedAt
    self.dataReceived = dataReceived
    self.activationReported = activationReported
  }

  mutating func append(_ entry: ChangelogEntry) {
    changelog.append(entry)
  }

  mutating func startActivation(brand: String, tags: [Tag], at time: Timestamp) {
    self.brand = brand
    self.tags = tags
    insertedAt = time
    approvedAt = nil
    dataReceived = false
    activationReported = false
  }

  mutating func markApproved(at time: Timestamp) {
    approvedAt = time
  }

  mutating func markDataReceived() { dataReceived = true }
  mutating func markActivationReported() { activationReported = true }
}
