/// One measured scenario as the table shows it.
struct Row {
  var id: ScenarioID
  var figure: String
  /// What `figure` is judged by; nil when the scenario could not measure
  /// what it is about (the row then says why in `unavailable`).
  var value: Double?
  var unavailable: String?

  var result: String {
    guard let value else { return "n/a" + (unavailable.map { " (\($0))" } ?? "") }
    let shortfall = id.floor.shortfall(value)
    if shortfall <= 1 { return "pass" }
    return "miss (\(Format.number(shortfall, places: 1))× off)"
  }
}

/// The one table the benchmark prints, as Markdown so that it pastes into
/// docs/benchmark.md unchanged.
enum ResultTable {
  static func render(_ rows: [Row]) -> String {
    let header = ["id", "figure", "unit", "floor", "result"]
    let order = ScenarioID.allCases
    let sorted = rows.sorted { order.firstIndex(of: $0.id)! < order.firstIndex(of: $1.id)! }
    let cells = sorted.map { [$0.id.rawValue, $0.figure, $0.id.unit, floorText($0.id), $0.result] }
    var widths = header.map(\.count)
    for line in cells {
      for (column, cell) in line.enumerated() { widths[column] = max(widths[column], cell.count) }
    }
    func render(_ line: [String]) -> String {
      let padded = line.enumerated().map { column, cell in
        cell + String(repeating: " ", count: widths[column] - cell.count)
      }
      return "| " + padded.joined(separator: " | ") + " |"
    }
    let rule = "| " + widths.map { String(repeating: "-", count: $0) }.joined(separator: " | ") + " |"
    return ([render(header), rule] + cells.map(render)).joined(separator: "\n")
  }

  private static func floorText(_ id: ScenarioID) -> String {
    switch id {
    case .latency: "p50 " + id.floor.text
    case .codec: id.floor.text + "×"
    default: id.floor.text
    }
  }
}
