import AdapterHost
import JSONRPC

/// Applying edits of plugins.json while the host runs: on SIGHUP, and when
/// the file's identity (inode, size, modification time) changes, checked
/// about once a second from the server loop's wake. The host applies the
/// difference from the contents it last applied: new entries are loaded,
/// removed entries unloaded, and entries whose pin or library file changed
/// reloaded; allowed_folders applies to every later load. Problems are
/// logged on stderr and the host keeps serving what it has.
extension FleetHost {
  static let pluginsCheckSeconds = 1.0

  public func reloadConfiguration(context: CallContext) {
    guard plugins.path != nil else { return }
    applyPluginsFile(trigger: "re-read on SIGHUP")
  }

  func millisecondsUntilPluginsCheck() -> Int? {
    guard plugins.path != nil else { return nil }
    let remaining = plugins.lastCheck + Self.pluginsCheckSeconds - HostClock.monotonicSeconds()
    return remaining <= 0 ? 0 : Int(remaining * 1000) + 1
  }

  /// Called from `wake`, which fires the timers already due right after
  /// (as it does after `reloadConfiguration`).
  func checkPluginsFileIfDue() {
    guard let path = plugins.path else { return }
    let now = HostClock.monotonicSeconds()
    guard now - plugins.lastCheck >= Self.pluginsCheckSeconds else { return }
    plugins.lastCheck = now
    guard FileIdentity.of(path) != plugins.identity else { return }
    applyPluginsFile(trigger: "changed on disk")
  }

  func applyPluginsFile(trigger: String) {
    guard let path = plugins.path else { return }
    plugins.identity = FileIdentity.of(path)
    guard plugins.identity != nil else {
      Log.warn("plugins file \(path) is gone (\(trigger)); the adapters loaded from it stay loaded")
      return
    }
    let new: PluginsFile
    do { new = try PluginsFile.load(path: path) } catch {
      Log.error("\(error.description); keeping the previous configuration until the file is fixed")
      return
    }
    let old = plugins.file
    plugins.file = new
    Log.info("plugins file \(path) \(trigger): applying the difference")
    var changed = false
    for entry in old.entries where !new.entries.contains(where: { $0.path == entry.path }) {
      changed = unloadRemovedEntry(entry) || changed
    }
    for entry in new.entries {
      let before = old.entries.first { $0.path == entry.path }
      let library = FileIdentity.of(entry.path)
      let applied = plugins.applied[entry.path]
      if let before, before.sha256 == entry.sha256, applied?.library == library { continue }
      plugins.applied[entry.path] = applyEntry(entry, library: library)
      changed = true
    }
    if changed { rescheduleAllTimers() }
  }

  /// Loads a new or changed entry, or reloads the adapter loaded from its
  /// file. An entry for a library that is already active with the same
  /// bytes (loaded with plugins.load, now made persistent) is adopted.
  private func applyEntry(_ entry: PluginsFile.Entry, library: FileIdentity?) -> PluginsConfiguration.Applied {
    var result = PluginsConfiguration.Applied(library: library)
    let real = FileSystem.realPath(entry.path)
    let active = registry.plugins.indices.first {
      registry.plugins[$0].state == .active && registry.plugins[$0].sourcePath == real
    }
    do throws(RPCError) {
      var index: Int
      if let active {
        index = active
        let loaded = registry.sha256(of: active)
        let current = (try? FileSystem.readFile(entry.path)).map(SHA256.hexDigest)
        if loaded != current || (entry.sha256 != nil && entry.sha256 != current) {
          index = try hotReload(id: registry.plugins[active].id)
        } else {
          Log.info("plugins file entry \(entry.path): adapter \(registry.plugins[active].id) already runs this file")
        }
      } else {
        index = try hotLoad(path: entry.path, replace: false, field: "path")
      }
      result.adapterID = registry.plugins[index].id
      result.source = registry.plugins[index].sourcePath
    } catch {
      Log.error("plugins file entry \(entry.path): \(Self.detail(of: error))")
    }
    return result
  }

  /// Unloads the adapter an entry loaded, if it is still active and still
  /// the one from that entry's file. Returns whether it unloaded one.
  private func unloadRemovedEntry(_ entry: PluginsFile.Entry) -> Bool {
    guard let applied = plugins.applied.removeValue(forKey: entry.path), let id = applied.adapterID,
      let index = registry.activeIndex(id: id), registry.plugins[index].sourcePath == applied.source
    else { return false }
    guard (try? registry.unload(id: id)) != nil else { return false }
    Log.info("unloaded adapter \(id): its entry left the plugins file")
    return true
  }

  static func detail(of error: RPCError) -> String {
    error.data?["detail"]?.stringValue ?? error.message
  }
}
