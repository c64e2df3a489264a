import AdapterFixtures
import AdapterHost
import Foundation
import Testing

/// Routing changes while the host runs: refusals before `init`, moving a
/// brand with `replace`, reloading a new generation, unloading.
@Suite struct AdapterRegistryReloadTests {
  /// A fresh copy of a fixture, so that every load maps its own image.
  static func copy(of fixture: String, defines: [String] = []) throws -> String {
    let folder = FixtureLibrary.folder.appendingPathComponent("registry-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("lib\(fixture).so").path
    try FileManager.default.copyItem(atPath: try FixtureLibrary.path(fixture, defines: defines), toPath: path)
    return path
  }

  @discardableResult
  static func add(
    _ registry: AdapterRegistry, _ path: String, replace: Bool = false, at time: Int64 = 0
  ) throws(RegistryError) -> PluginEntry {
    let adapter: LoadedAdapter
    do { adapter = try AdapterLoader.open(path: path) } catch { throw .load(path: path, error) }
    return try registry.add(adapter, path: path, sourcePath: path, sha256: nil, loadedAt: time, replace: replace)
  }

  static func initialized(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path + ".initialized") }

  @Test func aBrandConflictIsRefusedBeforeInitAndReplaceMovesTheBrand() throws {
    let registry = AdapterRegistry()
    try registry.load(path: try Products.kia(), loadedAt: 0)
    let marker = try Self.copy(of: "init_marker")

    let error = try #require(throws: RegistryError.self) { try Self.add(registry, marker) }
    guard case .brandTaken(brand: "kia", by: "kia") = error else {
      Issue.record("expected brandTaken, got \(error)")
      return
    }
    #expect(!Self.initialized(marker), "init ran although the library was refused")
    #expect(registry.adapter(forBrand: "kia")?.descriptor.id == "kia")

    let entry = try Self.add(registry, marker, replace: true)
    #expect(Self.initialized(marker))
    #expect(entry.brands == ["kia"] && entry.state == .active && entry.generation == 1)
    #expect(registry.adapter(forBrand: "kia")?.descriptor.id == "init-marker")
    #expect(registry.plugins.map(\.state) == [.retired, .active], "the Kia adapter served nothing else")
    #expect(registry.plugins[0].brands == ["kia"], "a retired version lists what it declared")
    #expect(registry.brands == ["kia"])
  }

  @Test func anAdapterThatLosesOneBrandKeepsTheOthers() throws {
    let registry = AdapterRegistry()
    try Self.add(registry, try Self.copy(of: "kia_impostor"))
    try Self.add(registry, try Self.copy(of: "init_marker"), replace: true)
    #expect(registry.plugins.map(\.state) == [.active, .active])
    #expect(registry.plugins[0].brands == ["impostor-only"])
    #expect(registry.adapter(forBrand: "impostor-only")?.descriptor.id == "kia-impostor")
    #expect(registry.adapter(forBrand: "kia")?.descriptor.id == "init-marker")
  }

  @Test func aDuplicateIDIsRefusedBeforeInit() throws {
    let registry = AdapterRegistry()
    let first = try Self.copy(of: "init_marker")
    let second = try Self.copy(of: "init_marker")
    try Self.add(registry, first)
    let error = try #require(throws: RegistryError.self) { try Self.add(registry, second, replace: true) }
    guard case .duplicateID(id: "init-marker", path: _) = error else {
      Issue.record("expected duplicateID, got \(error)")
      return
    }
    #expect(Self.initialized(first) && !Self.initialized(second))
    #expect(registry.plugins.count == 1)
  }

  @Test func reloadMovesEveryBrandToTheNextGeneration() throws {
    let registry = AdapterRegistry()
    let v1 = try Self.copy(of: "nissan")
    try Self.add(registry, v1, at: 10)
    let v2 = try Self.copy(of: "nissan", defines: ["NISSAN_VERSION=2"])
    let adapter = try AdapterLoader.open(path: v2)
    let entry = try registry.reload(id: "nissan", with: adapter, path: v2, sourcePath: v1, sha256: nil, loadedAt: 20)
    #expect(entry.generation == 2 && entry.state == .active && entry.brands == ["nissan"])
    #expect(entry.path == v2 && entry.sourcePath == v1 && entry.loadedAt == 20)
    #expect(registry.plugins.map(\.state) == [.retired, .active])
    #expect(registry.adapter(forBrand: "nissan") === adapter)
    #expect(registry.adapter(forBrand: "nissan")?.descriptor.version == "2.0.0")
    #expect(registry.rules(forBrand: "nissan")?.timers.first?.afterSeconds == 86_400)
  }

  @Test func reloadKeepsTheID() throws {
    let registry = AdapterRegistry()
    try Self.add(registry, try Self.copy(of: "nissan"))
    let other = try Self.copy(of: "kia_impostor")
    let adapter = try AdapterLoader.open(path: other)
    let error = try #require(throws: RegistryError.self) {
      try registry.reload(id: "nissan", with: adapter, path: other, sourcePath: other, sha256: nil, loadedAt: 0)
    }
    guard case .idChanged(path: _, expected: "nissan", found: "kia-impostor") = error else {
      Issue.record("expected idChanged, got \(error)")
      return
    }
    #expect(registry.adapter(forBrand: "nissan")?.descriptor.id == "nissan")
    #expect(registry.adapter(forBrand: "impostor-only") == nil)
  }

  @Test func unloadStopsRoutingAndALaterLoadIsTheNextGeneration() throws {
    let registry = AdapterRegistry()
    try Self.add(registry, try Self.copy(of: "nissan"))
    let retired = try registry.unload(id: "nissan")
    #expect(retired.state == .retired && retired.generation == 1)
    #expect(registry.adapter(forBrand: "nissan") == nil && registry.brands.isEmpty && registry.activeCount == 0)

    let error = try #require(throws: RegistryError.self) { try registry.unload(id: "nissan") }
    guard case .unknownID(id: "nissan") = error else {
      Issue.record("expected unknownID, got \(error)")
      return
    }
    let again = try Self.add(registry, try Self.copy(of: "nissan"))
    #expect(again.generation == 2, "generations count on per id")
    #expect(registry.adapter(forBrand: "nissan") != nil)
  }

  /// An unpinned library is hashed lazily, but from the file as loaded: a
  /// new version renamed over the path must not change the answer.
  @Test func theLazyChecksumIsOfTheFileAsLoaded() throws {
    let path = try Self.copy(of: "nissan")
    let loaded = SHA256.hexDigest(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))))
    let registry = AdapterRegistry()
    try registry.load(path: path, loadedAt: 0)
    let next = path + ".new"
    try FileManager.default.copyItem(
      atPath: try FixtureLibrary.path("nissan", defines: ["NISSAN_VERSION=2"]), toPath: next)
    #expect(rename(next, path) == 0)
    let replaced = SHA256.hexDigest(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))))
    try #require(replaced != loaded)
    #expect(registry.sha256(of: 0) == loaded)
  }
}
