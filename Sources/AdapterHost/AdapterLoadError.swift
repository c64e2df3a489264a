/// Why an adapter library was refused. Each case names what failed, so a
/// brand team can fix it without reading the host's code.
public enum AdapterLoadError: Error, Sendable, Hashable, CustomStringConvertible {
  case cannotOpen(path: String, reason: String)
  case missingEntry(symbol: String)
  case entryReturnedNull
  /// A field of the descriptor is wrong; `field` is a path such as
  /// `brands[2].reasons[0].reason`.
  case invalidField(field: String, problem: String)
  case incompatibleVersion(field: String, problem: String)
  case initFailed(message: String)

  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason):
      "cannot open \(path): \(reason)"
    case .missingEntry(let symbol):
      "the library exports no \(symbol); an adapter must export it (see fleet_adapter.h)"
    case .entryReturnedNull:
      "the entry function returned NULL: the adapter says it cannot run in this host"
    case .invalidField(let field, let problem):
      "\(field): \(problem)"
    case .incompatibleVersion(let field, let problem):
      "\(field): \(problem)"
    case .initFailed(let message):
      "init failed: \(message)"
    }
  }
}
