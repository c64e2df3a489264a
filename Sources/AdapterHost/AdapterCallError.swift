/// An adapter misbehaved during a call; the host answers -32010 and goes on.
public struct AdapterCallError: Error, Sendable, Hashable, CustomStringConvertible {
  public var adapterID: String
  public var function: String
  public var problem: String

  public init(adapterID: String, function: String, problem: String) {
    self.adapterID = adapterID
    self.function = function
    self.problem = problem
  }

  public var description: String {
    "adapter \"\(adapterID)\" misbehaved in \(function): \(problem)"
  }
}
