/// One conformance check, run in the validator's worker process.
struct ValidationCheck: Sendable {
  var name: String
  /// Returns the detail of a pass; throws `CheckFailure` for a fail.
  var run: @Sendable (ValidationContext) throws(CheckFailure) -> String
}

struct CheckFailure: Error {
  var detail: String
  init(_ detail: String) { self.detail = detail }
}

/// What checks share within one worker process. Everything is derived
/// lazily from the path, so that a worker restarted after a crash can
/// resume at any check.
final class ValidationContext {
  let path: String
  private var loaded: LoadedAdapter?

  init(path: String) { self.path = path }

  /// The adapter loaded with the fast checks (entry, versions, descriptor).
  func adapter() throws(CheckFailure) -> LoadedAdapter {
    if let loaded { return loaded }
    do {
      let adapter = try AdapterLoader.load(path: path)
      loaded = adapter
      return adapter
    } catch {
      throw CheckFailure("not run: the adapter does not load (\(error.description))")
    }
  }
}
