/// The lines a validator worker writes for its parent, one per event.
public enum WorkerLine: Sendable, Hashable {
  case begin(Int)
  /// What the check is about to do in the adapter's code, as a phrase that
  /// follows "crashed" or "hangs": "in check_eligibility". Written before
  /// the call, so that it reaches the parent even if the call crashes.
  case activity(Int, String)
  case result(Int, passed: Bool, detail: String)

  public var text: String {
    switch self {
    case .begin(let index): "begin \(index)"
    case .activity(let index, let phrase): "activity \(index) \(phrase.replacingNewlines)"
    case .result(let index, let passed, let detail):
      "result \(index) \(passed ? "pass" : "fail") \(detail.replacingNewlines)"
    }
  }

  public init?(text: String) {
    let parts = text.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false)
    guard parts.count >= 2, let index = Int(parts[1]) else { return nil }
    switch parts[0] {
    case "begin": self = .begin(index)
    case "activity" where parts.count >= 3:
      self = .activity(index, parts[2...].joined(separator: " "))
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
