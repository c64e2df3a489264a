/// One key/value tag a fleet operator attached to a vehicle.
public struct Tag: Sendable, Hashable {
  public var key: String
  public var value: String

  public init(key: String, value: String) {
    self.key = key
    self.value = value
  }
}
