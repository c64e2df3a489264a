import Foundation
import JSON
import Testing

/// `fleet-clearance validate` on every shipped adapter, and plugins.json
/// loading all of them.
@Suite struct AdapterValidationTests {
  @Test(arguments: Shipped.adapters.map(\.library))
  func validatePassesEveryCheck(_ library: String) throws {
    let path = Products.folder.appendingPathComponent("lib\(library).so").path
    let run = try CommandRun(["validate", path])
    let lines = run.stdout.split(separator: "\n").map(String.init)
    let checks = lines.dropFirst().dropLast()
    #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    #expect(lines.first == "validate \(path)")
    #expect(!checks.isEmpty)
    for line in checks { #expect(line.hasPrefix("PASS "), "\(line)") }
    #expect(lines.last == "\(checks.count) passed, 0 failed")
  }

  @Test func pluginsFileRequiresEveryShippedAdapter() throws {
    let plugins = try JSONParser.parse(Array(try Data(contentsOf: Products.pluginsFile)))
    let entries = plugins["plugins"]?.arrayValue ?? []
    let paths = entries.compactMap { $0["path"]?.stringValue }
    #expect(paths.sorted() == Shipped.adapters.map { ".build/debug/lib\($0.library).so" }.sorted())
    #expect(entries.allSatisfy { $0["required"] == true })
  }
}
