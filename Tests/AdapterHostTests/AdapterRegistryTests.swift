import AdapterFixtures
import AdapterHost
import Foundation
import Testing

/// Loading adapters into the host's registry: brand routing and the
/// refusals (duplicate id, brand conflict, wrong SHA-256 pin).
@Suite struct AdapterRegistryTests {
  @Test func routesTheBrandsOfBothAdapters() throws {
    let registry = AdapterRegistry()
    let kia = try registry.load(path: try Products.kia(), loadedAt: 10)
    let vw = try registry.load(path: try Products.volkswagenGroup(), loadedAt: 20)
    #expect(kia.id == "kia" && kia.brands == ["kia"] && kia.loadedAt == 10 && kia.state == .active)
    #expect(vw.id == "volkswagen-group" && vw.brands == VolkswagenDescriptorTests.brands)
    #expect(registry.brands == ["kia"] + VolkswagenDescriptorTests.brands, "in load order")
    #expect(registry.activeCount == 2)
    #expect(registry.adapter(forBrand: "kia")?.descriptor.id == "kia")
    for brand in VolkswagenDescriptorTests.brands {
      #expect(registry.adapter(forBrand: brand)?.descriptor.id == "volkswagen-group")
      #expect(registry.rules(forBrand: brand)?.brand == brand)
    }
    #expect(registry.adapter(forBrand: "ford") == nil)
  }

  @Test func recordsTheFilesSHA256() throws {
    let path = try Products.kia()
    let registry = AdapterRegistry()
    let entry = try registry.load(path: path, loadedAt: 0)
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(entry.knownSHA256 == nil, "unpinned: not hashed at load")
    #expect(registry.sha256(of: 0) == SHA256.hexDigest(bytes))
    #expect(registry.plugins[0].knownSHA256 == SHA256.hexDigest(bytes), "computed once, then kept")
  }

  @Test func sameLibraryTwiceIsADuplicateID() throws {
    let registry = AdapterRegistry()
    let path = try Products.kia()
    try registry.load(path: path, loadedAt: 0)
    let error = try #require(throws: RegistryError.self) { try registry.load(path: path, loadedAt: 1) }
    guard case .duplicateID(let id, let failedPath) = error else {
      Issue.record("expected duplicateID, got \(error)")
      return
    }
    #expect(id == "kia" && failedPath == path)
    #expect(registry.plugins.count == 1)
  }

  @Test func aSecondAdapterForKiaIsABrandConflict() throws {
    let registry = AdapterRegistry()
    try registry.load(path: try Products.kia(), loadedAt: 0)
    let impostor = try FixtureLibrary.path("kia_impostor")
    let error = try #require(throws: RegistryError.self) { try registry.load(path: impostor, loadedAt: 1) }
    guard case .brandTaken(let brand, let owner) = error else {
      Issue.record("expected brandTaken, got \(error)")
      return
    }
    #expect(brand == "kia" && owner == "kia")
    // Refused as a whole: its other brand is not routed either.
    #expect(registry.adapter(forBrand: "impostor-only") == nil)
    #expect(registry.adapter(forBrand: "kia")?.descriptor.id == "kia")
    #expect(registry.plugins.map(\.id) == ["kia"])
  }

  /// load_marker leaves "<path>.loaded" behind as soon as it is mapped, so
  /// a missing marker proves that a wrong pin kept its code out of the process.
  @Test func aWrongPinIsRefusedBeforeTheLibraryIsLoaded() throws {
    let folder = FixtureLibrary.folder.appendingPathComponent("pin-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("libload_marker.so").path
    try FileManager.default.copyItem(atPath: try FixtureLibrary.path("load_marker"), toPath: path)
    let marker = path + ".loaded"
    let actual = SHA256.hexDigest(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))))
    let wrong = String(repeating: "0", count: 64)

    let registry = AdapterRegistry()
    let error = try #require(throws: RegistryError.self) { try registry.load(path: path, loadedAt: 0, pin: wrong) }
    guard case .pinMismatch(let failedPath, let reported, let pinned) = error else {
      Issue.record("expected pinMismatch, got \(error)")
      return
    }
    #expect(failedPath == path && reported == actual && pinned == wrong)
    #expect(!FileManager.default.fileExists(atPath: marker), "the library was mapped despite the wrong pin")
    #expect(registry.plugins.isEmpty && registry.adapter(forBrand: "load-marker") == nil)

    // The control: with the right pin it loads, and the marker appears.
    try registry.load(path: path, loadedAt: 0, pin: actual)
    #expect(FileManager.default.fileExists(atPath: marker))
    #expect(registry.adapter(forBrand: "load-marker")?.descriptor.id == "load-marker")
  }
}
