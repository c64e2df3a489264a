import Foundation
import JSON

/// The README's brand table, rendered from `brands.list`. The global
/// reject reasons every brand has are left out of the reject column.
enum BrandTable {
  static let begin = "<!-- brands:begin -->"
  static let end = "<!-- brands:end -->"

  static func render(_ brandsList: JSON) -> String {
    var lines = [
      "| brand | group | cancel | pending reasons | reject reasons |",
      "| --- | --- | --- | --- | --- |",
    ]
    for entry in brandsList["brands"]?.arrayValue ?? [] {
      let reasons = entry["reasons"]?.arrayValue ?? []
      func texts(_ kind: String) -> [String] {
        reasons.filter { $0["kind"] == .string(kind) }.compactMap { $0["reason"]?.stringValue }
          .filter { !(kind == "reject" && SeedTables.globalRejectReasons.contains($0)) }
      }
      let cells = [
        entry["brand"]?.stringValue ?? "?",
        entry["group"]?.stringValue ?? "?",
        cancelCell(entry),
        list(texts("pending")),
        list(texts("reject")),
      ]
      lines.append("| " + cells.map(escaped).joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n")
  }

  private static func cancelCell(_ entry: JSON) -> String {
    guard entry["can_cancel"] == true else { return "no" }
    guard let seconds = entry["cancel_min_age_seconds"]?.int64Value, seconds > 0 else { return "yes" }
    return "yes (after \(duration(seconds)))"
  }

  private static func duration(_ seconds: Int64) -> String {
    for (unit, name) in [(Int64(86_400), "day"), (3600, "hour"), (60, "minute")] where seconds % unit == 0 {
      let count = seconds / unit
      return "\(count) \(name)\(count == 1 ? "" : "s")"
    }
    return "\(seconds) seconds"
  }

  private static func list(_ items: [String]) -> String {
    items.isEmpty ? "—" : items.joined(separator: "; ")
  }

  /// A cell must not end the Markdown cell early.
  private static func escaped(_ cell: String) -> String {
    cell.replacingOccurrences(of: "|", with: "\\|")
  }

  /// The text between the markers, without the blank lines around it;
  /// nil when either marker is missing.
  static func section(of readme: String) -> String? {
    sectionRange(in: readme).map { String(readme[$0]).trimmingCharacters(in: .whitespacesAndNewlines) }
  }

  /// `readme` with `table` between the markers; nil when a marker is missing.
  static func replacingSection(of readme: String, with table: String) -> String? {
    sectionRange(in: readme).map { readme.replacingCharacters(in: $0, with: "\n" + table + "\n") }
  }

  private static func sectionRange(in readme: String) -> Range<String.Index>? {
    guard let start = readme.range(of: begin),
      let stop = readme.range(of: end, range: start.upperBound..<readme.endIndex)
    else { return nil }
    return start.upperBound..<stop.lowerBound
  }
}
