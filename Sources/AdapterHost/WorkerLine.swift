/// The lines a validator worker writes for its parent, one per event.
public enum WorkerLine: Sendable, Hashable {
  case begin(Int)
  case result(Int, passed: Bool, detail: String)

  public var text: String {
    switch self {
    case .begin(let index): "begin \(index)"
    case .result(let index, let passed, let detail):
      "result \(index) \(passed ? "pass" : "fail") \(detail.replacingNewlines)"
    }
  }

  public init?(text: String) {
    let parts = text.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false)
    guard parts.count >= 2, let index = Int(parts[1]) else { return nil }
    switch parts[0] {
    case "begin": self = .begin(index)
    case "result" where parts.count >= 3:
      self = .result(index, passed: parts[2] == "pass", detail: parts.count > 3 ? String(parts[3]) : "")
    default: return nil
    }
  }
}

extension String {
  var replacingNewlines: String {
    String(map { $0 == "\n" || $0 == "\r" ? " " : $0 })
  }
}
