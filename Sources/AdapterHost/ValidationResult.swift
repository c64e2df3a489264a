/// The outcome of one conformance check.
public struct ValidationResult: Sendable, Hashable {
  public var check: String
  public var passed: Bool
  public var detail: String

  public init(check: String, passed: Bool, detail: String) {
    self.check = check
    self.passed = passed
    self.detail = detail
  }

  /// One line of `fleet-clearance validate`'s report.
  public var line: String {
    let padded = check.padding(toLength: 26)
    return "\(passed ? "PASS" : "FAIL") \(padded) \(detail)"
  }
}

extension String {
  func padding(toLength length: Int) -> String {
    count >= length ? self : self + String(repeating: " ", count: length - count)
  }
}
