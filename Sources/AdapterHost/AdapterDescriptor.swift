import ClearanceCore

/// An adapter's descriptor, read, checked and copied into Swift values.
public struct AdapterDescriptor: Sendable, Hashable {
  public var id: String
  public var version: String
  public var group: String
  /// "MAJOR.MINOR" of the interface the adapter was built against.
  public var abiVersion: String
  /// Empty for adapters without Swift code.
  public var swiftVersion: String
  public var threadSafe: Bool
  public var brands: [BrandRules]
  public var hasInit: Bool
  public var hasDeinit: Bool
  public var hasMapEvent: Bool
  public var hasGetExtension: Bool
}
