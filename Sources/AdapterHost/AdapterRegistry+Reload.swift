/// Changing the routing while the host runs: adding a version, replacing a
/// version of the same id, and unloading. Every change happens in one step
/// between two requests, so a request sees either the old routing or the
/// new one. Retired versions stay mapped (they may contain Swift code,
/// which must never be unloaded) but are never called again, except
/// `deinit` once.
extension AdapterRegistry {
  /// Routes an opened, not yet initialized adapter. Refusals (its id is
  /// active already, a brand is taken and `replace` is false) come before
  /// `init`, so a refused library never initializes. With `replace`, taken
  /// brands move to the new adapter; an adapter left with no brand retires.
  @discardableResult
  public func add(
    _ adapter: LoadedAdapter, path: String, sourcePath: String, sha256: String?, loadedAt: Int64, replace: Bool
  ) throws(RegistryError) -> PluginEntry {
    let id = adapter.descriptor.id
    if activeIndex(id: id) != nil { throw .duplicateID(id: id, path: sourcePath) }
    let brands = adapter.descriptor.brands.map(\.brand)
    if !replace {
      for brand in brands {
        if let other = byBrand[brand] { throw .brandTaken(brand: brand, by: other.descriptor.id) }
      }
    }
    do { try AdapterLoader.initialize(adapter) } catch { throw .load(path: sourcePath, error) }
    for brand in brands {
      if let other = byBrand[brand], let index = activeIndex(id: other.descriptor.id) {
        plugins[index].brands.removeAll { $0 == brand }
        if plugins[index].brands.isEmpty { retire(index) }
      }
      byBrand[brand] = adapter
    }
    let entry = PluginEntry(
      id: id, generation: nextGeneration(of: id), path: path, sourcePath: sourcePath, knownSHA256: sha256,
      loadedAt: loadedAt, state: .active, adapter: adapter, brands: brands)
    plugins.append(entry)
    return entry
  }

  /// Replaces the active version of `id` with `adapter` (the same id, one
  /// generation higher) in one step, and retires the old version. The new
  /// version serves every brand it declares that no other adapter serves:
  /// a reload never takes a brand from another adapter (`add` with
  /// `replace` does). A brand the old version served and the new one no
  /// longer declares stops being served.
  @discardableResult
  public func reload(
    id: String, with adapter: LoadedAdapter, path: String, sourcePath: String, sha256: String?, loadedAt: Int64
  ) throws(RegistryError) -> PluginEntry {
    guard let oldIndex = activeIndex(id: id) else { throw .unknownID(id: id) }
    guard adapter.descriptor.id == id else {
      throw .idChanged(path: sourcePath, expected: id, found: adapter.descriptor.id)
    }
    let old = plugins[oldIndex].adapter
    let brands = adapter.descriptor.brands.map(\.brand).filter { brand in
      byBrand[brand].map { $0 === old } ?? true
    }
    do { try AdapterLoader.initialize(adapter) } catch { throw .load(path: sourcePath, error) }
    for brand in plugins[oldIndex].brands { byBrand[brand] = nil }
    for brand in brands { byBrand[brand] = adapter }
    let entry = PluginEntry(
      id: id, generation: nextGeneration(of: id), path: path, sourcePath: sourcePath, knownSHA256: sha256,
      loadedAt: loadedAt, state: .active, adapter: adapter, brands: brands)
    retire(oldIndex)
    plugins.append(entry)
    return entry
  }

  /// Stops routing the brands of the active version of `id` and retires it.
  @discardableResult
  public func unload(id: String) throws(RegistryError) -> PluginEntry {
    guard let index = activeIndex(id: id) else { throw .unknownID(id: id) }
    for brand in plugins[index].brands where byBrand[brand] === plugins[index].adapter {
      byBrand[brand] = nil
    }
    retire(index)
    return plugins[index]
  }

  /// Generations count per id across loads, reloads and unloads, so that
  /// (id, generation) names one version for the life of the host.
  func nextGeneration(of id: String) -> Int {
    (plugins.filter { $0.id == id }.map(\.generation).max() ?? 0) + 1
  }

  /// The version serves nothing any more: tell it (`deinit`), keep it mapped.
  private func retire(_ index: Int) {
    plugins[index].state = .retired
    plugins[index].brands = plugins[index].declaredBrands
    AdapterLoader.deinitialize(plugins[index].adapter)
  }
}
