/// What the host remembers about plugins.json between two changes, so that
/// an edit is applied as the difference from the file's previous contents.
struct PluginsConfiguration {
  /// What the host did for one entry of the file.
  struct Applied {
    /// The adapter loaded for the entry, if one was.
    var adapterID: String?
    /// That adapter's source file (real path) when it was loaded.
    var source: String?
    /// The library file as it was when the host last acted on the entry.
    var library: FileIdentity?
  }

  /// The absolute path of plugins.json; nil when the host watches none.
  var path: String?
  /// The contents last applied (empty when there was no file).
  var file: PluginsFile
  /// plugins.json's identity when it was last read.
  var identity: FileIdentity?
  /// By `PluginsFile.Entry.path`.
  var applied: [String: Applied] = [:]
  /// Monotonic seconds of the last look at the file.
  var lastCheck: Double = 0

  /// A host that watches no file: every `plugins.load` is forbidden.
  static let unwatched = PluginsConfiguration(path: nil, file: .empty(location: "(none)"), identity: nil)
}
