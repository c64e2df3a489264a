import AdapterHost
import JSON
import JSONRPC

/// `plugins.load`, `plugins.reload` and `plugins.unload`: changing the
/// adapters while the host runs. Every library passes the same gates
/// before its code enters the process: its real path lies in an allowed
/// folder, its bytes match a pin if plugins.json has one, and the full
/// conformance check passes in child processes. Then the registry checks
/// its id and brands, and only then runs its `init`.
extension FleetHost {
  func loadPlugin(_ request: Request, context: CallContext) throws(RPCError) -> JSON {
    let params = try Params(request)
    let path = try params.string("path")
    let replace = try params.optionalBool("replace") ?? false
    let index = try hotLoad(path: FileSystem.absolute(path), replace: replace, field: "path")
    routingChanged()
    context.keepAnswerOnFailedCommit()
    return pluginJSON(at: index)
  }

  func reloadPlugin(_ request: Request, context: CallContext) throws(RPCError) -> JSON {
    let id = try Params(request).string("id")
    let index = try hotReload(id: id)
    routingChanged()
    context.keepAnswerOnFailedCommit()
    return pluginJSON(at: index)
  }

  func unloadPlugin(_ request: Request, context: CallContext) throws(RPCError) -> JSON {
    let id = try Params(request).string("id")
    guard let index = registry.activeIndex(id: id) else { throw notActive(id) }
    do { try registry.unload(id: id) } catch { throw Self.rpcError(for: error, field: "id") }
    Log.info("unloaded adapter \(id) (generation \(registry.plugins[index].generation))")
    routingChanged()
    context.keepAnswerOnFailedCommit()
    return pluginJSON(at: index)
  }

  /// Loads the library at an absolute `path` as a new adapter; returns the
  /// index of its entry in `registry.plugins`.
  func hotLoad(path: String, replace: Bool, field: String) throws(RPCError) -> Int {
    let source = try permittedSource(path, field: field)
    let copy = try privateCopy(of: source, field: field)
    do throws(RPCError) {
      try validateOutOfProcess(copy.path, source: source, field: field)
      let adapter = try open(copy.path, source: source, field: field)
      let entry: PluginEntry
      do {
        entry = try registry.add(
          adapter, path: copy.path, sourcePath: source, sha256: copy.sha256, loadedAt: clock.now.secondsSinceEpoch,
          replace: replace)
      } catch { throw Self.rpcError(for: error, field: field) }
      let brands = entry.brands.joined(separator: ", ")
      Log.info("loaded adapter \(entry.id) \(entry.adapter.descriptor.version) from \(source): \(brands)")
      return registry.plugins.count - 1  // the registry appends
    } catch {
      libraryFolder.discard(copy.path)
      throw error
    }
  }

  /// Loads the active version's source file again as the next generation
  /// of `id`; returns the new entry's index.
  func hotReload(id: String) throws(RPCError) -> Int {
    guard let index = registry.activeIndex(id: id) else { throw notActive(id) }
    let source = try permittedSource(registry.plugins[index].sourcePath, field: "id")
    let copy = try privateCopy(of: source, field: "id")
    do throws(RPCError) {
      try validateOutOfProcess(copy.path, source: source, field: "id")
      let adapter = try open(copy.path, source: source, field: "id")
      let entry: PluginEntry
      do {
        entry = try registry.reload(
          id: id, with: adapter, path: copy.path, sourcePath: source, sha256: copy.sha256,
          loadedAt: clock.now.secondsSinceEpoch)
      } catch { throw Self.rpcError(for: error, field: "id") }
      Log.info("reloaded adapter \(id) \(entry.adapter.descriptor.version) as generation \(entry.generation)")
      return registry.plugins.count - 1  // the registry appends
    } catch {
      libraryFolder.discard(copy.path)
      throw error
    }
  }

  /// After a load, reload or unload: the timers follow the new routing, and
  /// any already due (a brand that was waiting for its adapter) fire right
  /// after the request's answer (`wantsWake`), before the next request.
  func routingChanged() {
    rescheduleAllTimers()
    timersMayBeDue = true
  }

  /// Timers derive from state and the brand's rules, so after any routing
  /// change the queue is rebuilt: moved brands follow their new rules,
  /// brands without an adapter wait.
  func rescheduleAllTimers() {
    timers = TimerQueue()
    scheduleAllTimers()
  }

  /// The real path of `path` if plugins.json allows loading from it.
  private func permittedSource(_ path: String, field: String) throws(RPCError) -> String {
    guard let real = FileSystem.realPath(path) else {
      throw .notFound(
        "there is no library at \(path) (a relative path resolves against the host's current directory, \(FileSystem.currentDirectory()))",
        source: field)
    }
    guard plugins.file.isPermitted(realPath: real) else {
      let folders = plugins.file.allowedFolders
      let advice =
        plugins.path == nil
        ? "the host runs without a plugins file, so no folder is allowed"
        : "allowed_folders of \(plugins.path ?? "") is \(folders.isEmpty ? "empty" : folders.joined(separator: ", "))"
      throw .forbidden(
        "\(path) resolves to \(real), which lies outside the allowed folders: \(advice); only plugins.json can allow a folder",
        source: field)
    }
    guard FileSystem.isRegularFile(real) else {
      throw .notFound(
        "there is no library at \(path): \(real) is a directory or another kind of file; give the path of the adapter's shared library",
        source: field)
    }
    return real
  }

  private func privateCopy(of source: String, field: String) throws(RPCError) -> (path: String, sha256: String) {
    let copy: (path: String, sha256: String)
    do { copy = try libraryFolder.copy(source) } catch {
      throw RPCError(code: -32603, title: "Internal error", detail: error.description, source: field)
    }
    if let pin = plugins.file.pin(forRealPath: source), pin != copy.sha256 {
      libraryFolder.discard(copy.path)
      throw .forbidden(
        "\(source): SHA-256 is \(copy.sha256), but plugins.json pins \(pin); refusing to load it (update the pin to ship this file)",
        source: field)
    }
    return copy
  }

  /// The full conformance check, in child processes of this executable:
  /// a library that crashes or hangs fails a check instead of ending the
  /// host. The host waits meanwhile, so it stops at the first failure.
  private func validateOutOfProcess(_ copy: String, source: String, field: String) throws(RPCError) {
    let results = IsolatedValidation.validate(
      library: copy, executable: HostCommand.executablePath(), stopAfterFirstFailure: true)
    let failed = results.filter { !$0.passed }
    guard failed.isEmpty else {
      // Checks skipped because an earlier one failed only repeat its text.
      let skipped = failed.filter { $0.detail.hasPrefix("not run") }.map(\.check)
      var checks = failed.filter { !$0.detail.hasPrefix("not run") }.map { "\($0.check): \($0.detail)" }
      if !skipped.isEmpty { checks.append("not run because of that: \(skipped.joined(separator: ", "))") }
      throw .adapterError(
        "\(source) failed \(failed.count) of \(results.count) validation checks, so it was not loaded. \(checks.joined(separator: "; ")). Run fleet-clearance validate \(source) for the full report",
        source: field)
    }
  }

  private func open(_ copy: String, source: String, field: String) throws(RPCError) -> LoadedAdapter {
    let name = String(source.split(separator: "/").last ?? "adapter")
    do { return try AdapterLoader.open(path: copy, label: name) } catch {
      throw .adapterError("\(source): \(error)", source: field)
    }
  }

  private func notActive(_ id: String) -> RPCError {
    if registry.plugins.contains(where: { $0.id == id }) {
      return .notFound(
        "adapter \"\(id)\" is retired (unloaded or replaced); load its library again with plugins.load", source: "id")
    }
    return .notFound("no adapter has id \"\(id)\"; plugins.list shows the loaded ones", source: "id")
  }

  static func rpcError(for error: RegistryError, field: String) -> RPCError {
    switch error {
    case .load: .adapterError(error.description, source: field)
    case .brandTaken(let brand, let owner):
      .conflict(
        "brand \"\(brand)\" is already served by adapter \"\(owner)\"; pass replace: true to move it to the new adapter, or unload \(owner) first",
        source: field)
    case .duplicateID(let id, _):
      .conflict(
        "an adapter with id \"\(id)\" is already active; to ship a new version, rename it over the old file and call plugins.reload, or plugins.unload it first",
        source: field)
    case .idChanged: .conflict(error.description, source: field)
    case .pinMismatch: .forbidden(error.description, source: field)
    case .unknownID: .notFound(error.description, source: "id")
    }
  }
}
