import JSON
import Testing

@testable import FleetClearanceHost

/// plugins.json is strict: a field of the wrong type is an error that
/// names the field, never silently a default (an ignored pin would load
/// any file).
@Suite struct PluginsFileTests {
  static let pin = String(repeating: "ab", count: 32)

  func parse(_ text: String) throws -> PluginsFile {
    try PluginsFile(try JSONParser.parse(text), location: "/etc/fleet/plugins.json")
  }

  @Test func readsEveryFieldAndResolvesAgainstItsFolder() throws {
    let file = try parse(
      #"{"allowed_folders": ["lib", "/opt/x"], "plugins": [{"path": "lib/a.so", "required": true, "sha256": "\#(Self.pin.uppercased())"}, {"path": "/opt/x/b.so"}]}"#
    )
    #expect(file.allowedFolders == ["/etc/fleet/lib", "/opt/x"])
    #expect(
      file.entries == [
        .init(path: "/etc/fleet/lib/a.so", required: true, sha256: Self.pin),
        .init(path: "/opt/x/b.so", required: false, sha256: nil),
      ])
  }

  @Test func defaultsWhenFieldsAreAbsent() throws {
    let file = try parse("{}")
    #expect(file.allowedFolders == ["/etc/fleet/."])
    #expect(file.entries.isEmpty)
  }

  @Test(arguments: [
    (#"{"allowed_folders": "lib"}"#, "allowed_folders must be an array"),
    (#"{"allowed_folders": [7]}"#, "allowed_folders[0] must be a string"),
    (#"{"plugins": {"path": "a.so"}}"#, "plugins must be an array"),
    (#"{"plugins": ["a.so"]}"#, "plugins[0] must be an object"),
    (#"{"plugins": [{"required": true}]}"#, "plugins[0].path is missing"),
    (#"{"plugins": [{"path": 1}]}"#, "plugins[0].path must be a string"),
    (#"{"plugins": [{"path": "a.so", "required": "yes"}]}"#, "plugins[0].required must be true or false"),
    (#"{"plugins": [{"path": "a.so"}, {"path": "b.so", "sha256": 12}]}"#, "plugins[1].sha256 must be a string"),
    (#"{"plugins": [{"path": "a.so", "sha256": "abc"}]}"#, "plugins[0].sha256 must be 64 hex digits"),
    (#"{"plugins": [{"path": "a.so", "sha256": null}]}"#, "plugins[0].sha256 must be a string"),
    ("[]", "must hold an object"),
  ])
  func aWrongTypeNamesTheField(text: String, message: String) throws {
    let error = try #require(throws: StartupError.self) { try parse(text) }
    #expect(error.description.contains(message), "\(error)")
    #expect(error.description.contains("/etc/fleet/plugins.json"), "\(error)")
  }
}
