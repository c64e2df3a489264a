/// One loaded version of an adapter, as `plugins.list` shows it.
public struct PluginEntry: Sendable {
  public enum State: String, Sendable {
    case active
    case retired
  }

  public var id: String
  public var generation: Int
  public var path: String
  /// nil until `AdapterRegistry.sha256(of:)` computes it.
  public var knownSHA256: String?
  public var loadedAt: Int64
  public var state: State
  public var adapter: LoadedAdapter

  public var brands: [String] { adapter.descriptor.brands.map(\.brand) }
}
