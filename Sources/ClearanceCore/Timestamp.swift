/// A point in time in whole seconds since 1970-01-01T00:00:00Z.
///
/// Whole seconds because the protocol exchanges RFC 3339 times in whole
/// seconds; keeping the same resolution inside means what is stored is
/// exactly what a client can see and send back.
public struct Timestamp: Sendable, Hashable, Comparable {
  public var secondsSinceEpoch: Int64

  public init(secondsSinceEpoch: Int64) {
    self.secondsSinceEpoch = secondsSinceEpoch
  }

  public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
    lhs.secondsSinceEpoch < rhs.secondsSinceEpoch
  }

  public func adding(seconds: Int64) -> Timestamp {
    let (sum, overflow) = secondsSinceEpoch.addingReportingOverflow(seconds)
    guard overflow else { return Timestamp(secondsSinceEpoch: sum) }
    return Timestamp(secondsSinceEpoch: seconds < 0 ? .min : .max)
  }

  public func seconds(since other: Timestamp) -> Int64 {
    secondsSinceEpoch &- other.secondsSinceEpoch
  }
}
