import AdapterFixtures
import AdapterHost
import Foundation
import Testing

/// The structurally broken fixtures, loaded in this process: the fast
/// checks refuse each one and name the field. None of these fixtures runs
/// adapter code that could crash the test process.
@Suite struct BrokenDescriptorLoadTests {
  enum Expected: Sendable {
    /// The named field, with a problem that mentions the text.
    case invalidField(String, mentioning: String)
    case incompatibleVersion(String, mentioning: String)
    case error(AdapterLoadError)
  }

  @Test(arguments: [
    ("no_entry", Expected.error(.missingEntry(symbol: "fc_adapter_entry_v1"))),
    ("entry_null", .error(.entryReturnedNull)),
    ("abi_major_2", .incompatibleVersion("descriptor.header.abi_major", mentioning: "ABI 2.0")),
    ("abi_minor_newer", .incompatibleVersion("descriptor.header.abi_minor", mentioning: "ABI 1.9")),
    ("descriptor_too_small", .invalidField("descriptor.header.size", mentioning: "smaller")),
    ("null_string", .invalidField("version", mentioning: "NULL pointer")),
    ("invalid_utf8_reason", .invalidField("brands[0].reasons[1].reason", mentioning: "not valid UTF-8")),
    ("brand_twice", .invalidField("brands[1].brand", mentioning: "declared twice")),
    ("malformed_brand", .invalidField("brands[0].brand", mentioning: "Kia!")),
    ("event_undeclared_reason", .invalidField("brands[0].events[1].reason", mentioning: "vehicle vanished")),
    ("required_tags_null", .invalidField("brands[0].required_tags", mentioning: "NULL with a count of 1")),
    ("init_fails", .error(.initFailed(message: "licence server unreachable"))),
  ])
  func loadIsRefused(fixture: String, expected: Expected) throws {
    let path = try FixtureLibrary.path(fixture)
    let error = try #require(throws: AdapterLoadError.self) { try AdapterLoader.load(path: path) }
    expect(error, expected)
  }

  /// Every element of an array has its version checked, not only element 0
  /// (a later element built for ABI 2.0 used to load).
  @Test(arguments: [
    ("REASON_MAJOR=2", Expected.incompatibleVersion("brands[0].reasons[1].header.abi_major", mentioning: "ABI 2.0")),
    ("REASON_MINOR=5", .incompatibleVersion("brands[0].reasons[1].header.abi_minor", mentioning: "ABI 1.5")),
    ("EVENT_MAJOR=9", .incompatibleVersion("brands[0].events[1].header.abi_major", mentioning: "ABI 9.0")),
  ])
  func laterElementOfAnotherVersionIsRefused(define: String, expected: Expected) throws {
    let path = try FixtureLibrary.path("element_abi_version", defines: [define])
    let error = try #require(throws: AdapterLoadError.self) { try AdapterLoader.load(path: path) }
    expect(error, expected)
  }

  /// The same fixture with every element at the host's version loads: the
  /// refusals above are about the versions only.
  @Test func elementsOfTheHostsVersionLoad() throws {
    let adapter = try AdapterLoader.load(path: try FixtureLibrary.path("element_abi_version"))
    #expect(adapter.descriptor.brands.first?.reasons.count == 2)
    #expect(adapter.descriptor.brands.first?.events.count == 2)
  }

  /// Declared strings may not contain NUL bytes: the host promises adapters
  /// NUL-free strings (but `detail` and tag values) and passes declared
  /// reasons back as `current_reason`. Each used to load.
  @Test(arguments: [
    ("NUL_IN_REASON", "brands[0].reasons[0].reason"),
    ("NUL_IN_DESCRIPTION", "brands[0].reasons[0].description"),
    ("NUL_IN_EVENT", "brands[0].events[1].event"),
    ("NUL_IN_EVENT_REASON", "brands[0].events[1].reason"),
    ("NUL_IN_THEN_REASON", "brands[0].timers[0].then_reason"),
    ("NUL_IN_ADD_DURING_TRANSITION", "brands[0].add_during_transition"),
    ("NUL_IN_TAG", "brands[0].required_tags[0]"),
    ("NUL_IN_ID", "id"),
    ("NUL_IN_VERSION", "version"),
    ("NUL_IN_GROUP", "group"),
  ])
  func declaredStringWithANULByteIsRefused(define: String, field: String) throws {
    let path = try FixtureLibrary.path("nul_byte", defines: [define])
    let error = try #require(throws: AdapterLoadError.self) { try AdapterLoader.load(path: path) }
    expect(error, .invalidField(field, mentioning: "NUL byte"))
  }

  /// Without a NUL byte the same fixture loads.
  @Test func declaredStringsWithoutNULBytesLoad() throws {
    let adapter = try AdapterLoader.load(path: try FixtureLibrary.path("nul_byte"))
    #expect(adapter.descriptor.brands.first?.reasons.first?.reason == "fixture refused")
  }

  func expect(_ error: AdapterLoadError, _ expected: Expected) {
    switch (expected, error) {
    case (.error(let wanted), _):
      #expect(error == wanted)
    case (.invalidField(let field, let text), .invalidField(let actual, let problem)),
      (.incompatibleVersion(let field, let text), .incompatibleVersion(let actual, let problem)):
      #expect(actual == field, "\(error)")
      #expect(problem.contains(text), "\(error)")
    default:
      Issue.record("expected \(expected), got \(error)")
    }
  }

  @Test func aMissingFileCannotBeOpened() throws {
    let path = FixtureLibrary.folder.appendingPathComponent("libnothing-here.so").path
    let error = try #require(throws: AdapterLoadError.self) { try AdapterLoader.load(path: path) }
    guard case .cannotOpen(let failedPath, _) = error else {
      Issue.record("got \(error)")
      return
    }
    #expect(failedPath == path)
  }
}
