import Foundation
import JSON
import Testing

/// Runs the parser over the JSONTestSuite files (github.com/nst/JSONTestSuite)
/// shared at `<repo root>/../shared/conformance/json/test_parsing`.
enum ConformanceSuite {
  static let directory: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // JSONTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // package root
    .appendingPathComponent("../shared/conformance/json/test_parsing")
    .standardizedFileURL

  static let isPresent: Bool = {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }()

  static let fileNames: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
    .filter { $0.hasSuffix(".json") }
    .sorted()

  static func files(withPrefix prefix: String) -> [String] {
    fileNames.filter { $0.hasPrefix(prefix) }
  }

  static func contents(of name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
  }

  static let skipNote: Comment =
    "JSON test suite not found at \(directory.path): clone has no ../shared; skipping"
}

@Suite(.enabled(if: ConformanceSuite.isPresent, ConformanceSuite.skipNote))
struct JSONConformanceTests {
  @Test func suiteHasAllCategories() {
    #expect(!ConformanceSuite.files(withPrefix: "y_").isEmpty)
    #expect(!ConformanceSuite.files(withPrefix: "n_").isEmpty)
    #expect(!ConformanceSuite.files(withPrefix: "i_").isEmpty)
  }

  @Test("y_ files must parse", arguments: ConformanceSuite.files(withPrefix: "y_"))
  func mustAccept(file: String) throws {
    let bytes = try ConformanceSuite.contents(of: file)
    do {
      _ = try JSONParser.parse(bytes)
    } catch {
      Issue.record("\(file) was refused: \(error)")
    }
  }

  @Test("n_ files must be refused", arguments: ConformanceSuite.files(withPrefix: "n_"))
  func mustRefuse(file: String) throws {
    let bytes = try ConformanceSuite.contents(of: file)
    #expect(throws: JSONParseError.self, "\(file) was accepted") {
      try JSONParser.parse(bytes)
    }
  }

  @Test(
    "i_ files may go either way but must not crash",
    arguments: ConformanceSuite.files(withPrefix: "i_"))
  func mayGoEitherWay(file: String) throws {
    let bytes = try ConformanceSuite.contents(of: file)
    do {
      let value = try JSONParser.parse(bytes)
      // Whatever is accepted must survive a write/parse round trip.
      #expect(try JSONParser.parse(JSONWriter.string(value)) == value, "\(file)")
    } catch {
      #expect(!error.reason.isEmpty, "\(file)")
    }
  }
}
