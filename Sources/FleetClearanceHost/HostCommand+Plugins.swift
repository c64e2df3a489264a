import AdapterHost

extension HostCommand {
  /// Loads plugins.json's libraries at start-up (fast in-process checks)
  /// and returns what the host needs to apply later edits of the file.
  static func loadPlugins(_ options: HostOptions, into registry: AdapterRegistry, now: Int64) throws(StartupError)
    -> PluginsConfiguration
  {
    let path = FileSystem.absolute(options.pluginsPath ?? "plugins.json")
    if options.pluginsPath == nil && !FileSystem.exists(path) {
      Log.warn("no plugins.json in \(FileSystem.currentDirectory()): starting with no adapters (pass --plugins FILE)")
      return PluginsConfiguration(path: path, file: .empty(location: path), identity: nil)
    }
    let identity = FileIdentity.of(path)
    let file = try PluginsFile.load(path: path)
    var configuration = PluginsConfiguration(path: path, file: file, identity: identity)
    for entry in file.entries {
      var applied = PluginsConfiguration.Applied(library: FileIdentity.of(entry.path))
      defer { configuration.applied[entry.path] = applied }
      do {
        guard let real = file.permittedRealPath(of: entry.path) else {
          throw StartupError(
            FileSystem.exists(entry.path)
              ? "\(entry.path) lies outside the allowed folders \(file.allowedFolders) of \(file.location)"
              : "\(entry.path) does not exist (build the adapters with swift build)")
        }
        let loaded: PluginEntry
        do { loaded = try registry.load(path: real, loadedAt: now, pin: entry.sha256) } catch {
          throw StartupError(error.description)
        }
        applied.adapterID = loaded.id
        applied.source = real
        Log.info(
          "loaded adapter \(loaded.id) \(loaded.adapter.descriptor.version) from \(real): \(loaded.brands.joined(separator: ", "))"
        )
      } catch {
        if entry.required { throw StartupError("required adapter failed: \(error)") }
        Log.warn("skipping adapter: \(error)")
      }
    }
    return configuration
  }
}
