/// One loaded version of an adapter, as `plugins.list` shows it.
public struct PluginEntry: Sendable {
  public enum State: String, Sendable {
    case active
    case retired
  }

  public var id: String
  /// 1 for the first version of an id, one higher for each later one.
  public var generation: Int
  /// The file this version was mapped from: for hot-loaded versions a
  /// private copy (see `AdapterRegistry.add`).
  public var path: String
  /// The file the operator named (in plugins.json or `plugins.load`).
  public var sourcePath: String
  /// nil until `AdapterRegistry.sha256(of:)` computes it.
  public var knownSHA256: String?
  /// The file as it was loaded, kept open until its SHA-256 is computed, so
  /// that a file renamed over `path` since does not change the answer.
  var loadedFile: Int32?
  public var loadedAt: Int64
  public var state: State
  public var adapter: LoadedAdapter
  /// The brands this version routes; once retired, the brands it declared.
  public var brands: [String]

  public var declaredBrands: [String] { adapter.descriptor.brands.map(\.brand) }
}
