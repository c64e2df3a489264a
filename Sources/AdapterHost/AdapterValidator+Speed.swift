extension AdapterValidator {
  /// Calls per brand (eligibility) and per declared event (mapping) in the
  /// speed checks. Every brand and every event is held to the bound, each
  /// on the median of its own calls, so each gets fewer calls than the one
  /// query the checks used to time: validation stays short.
  static let speedRuns = 7
  static let callBound = Duration.milliseconds(10)

  /// Times `call` for each item, the median of `speedRuns` calls each,
  /// and fails at the first item over 10 ms, naming it (`label`). The pass
  /// detail names the slowest item. `noun` counts the items ("brand").
  static func timeEach<Item>(
    _ items: [Item], noun: String, label: (Item) -> String, _ call: (Item) -> Void
  ) throws(CheckFailure) -> String {
    var slowest: (label: String, median: Duration)?
    for item in items {
      let median = Timing.median(runs: speedRuns) { call(item) }
      guard median <= callBound else {
        throw CheckFailure(
          "\(label(item)): a call takes \(Timing.text(median)) (median of \(speedRuns)), more than 10 ms")
      }
      if slowest.map({ median > $0.median }) ?? true { slowest = (label(item), median) }
    }
    guard let slowest else { return "no \(noun)s to time" }
    let counted = "\(items.count) \(noun)\(items.count == 1 ? "" : "s")"
    return
      "slowest: \(slowest.label), \(Timing.text(slowest.median)) a call (median of \(speedRuns) for each of \(counted), host checks included)"
  }
}
