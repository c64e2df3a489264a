import Foundation
import Testing

/// README.md's brand table must be what `brands.list` says. To regenerate
/// it: `UPDATE_README_BRANDS=1 swift test --skip-build --filter ReadmeBrandTableTests`.
@Suite struct ReadmeBrandTableTests {
  static let readme = Products.repository.appendingPathComponent("README.md")

  @Test func readmeTableMatchesBrandsList() throws {
    let host = try HostProcess()
    let table = BrandTable.render(try host.result("brands.list"))
    let text = (try? String(contentsOf: Self.readme, encoding: .utf8)) ?? ""
    let markers = "\(BrandTable.begin) … \(BrandTable.end)"

    if ProcessInfo.processInfo.environment["UPDATE_README_BRANDS"] == "1" {
      guard let updated = BrandTable.replacingSection(of: text, with: table) else {
        Issue.record("\(Self.readme.path) has no \(markers) section to update; add the markers first")
        return
      }
      if updated != text { try Data(updated.utf8).write(to: Self.readme) }
      return
    }
    switch BrandTable.section(of: text) {
    case nil:
      Issue.record("\(Self.readme.path) has no \(markers) section; add one holding:\n\n\(table)\n")
    case let current? where current != table:
      Issue.record(
        "the brand table in \(Self.readme.path) is out of date; put this between the markers (or run with UPDATE_README_BRANDS=1):\n\n\(table)\n"
      )
    default:
      break
    }
  }

  @Test func sectionIsFoundAndReplacedBetweenTheMarkers() {
    let readme = "intro\n\(BrandTable.begin)\n| old |\n\(BrandTable.end)\noutro\n"
    #expect(BrandTable.section(of: readme) == "| old |")
    let updated = BrandTable.replacingSection(of: readme, with: "| new |")
    #expect(updated == "intro\n\(BrandTable.begin)\n| new |\n\(BrandTable.end)\noutro\n")
    #expect(BrandTable.section(of: "no markers") == nil)
    #expect(BrandTable.replacingSection(of: "\(BrandTable.end) \(BrandTable.begin)", with: "x") == nil)
  }
}
