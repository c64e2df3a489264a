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
  /// Tells the parent what the running check does in the adapter's code.
  private var report: (String) -> Void = { _ in }
  private var reported: String?

  init(path: String) { self.path = path }

  /// Called by the worker as each check begins.
  func begin(reporting report: @escaping (String) -> Void) {
    self.report = report
    reported = nil
  }

  /// Says which adapter function the check calls next, so that a crash or
  /// hang in it is reported with its name ("crashed with signal 11
  /// (SIGSEGV) in check_eligibility"). Call it before every call into the
  /// adapter; only a change of function is sent.
  func calling(_ function: String) { doing("in \(function)") }

  /// The same for host code that touches the adapter's memory: "while
  /// reading the descriptor".
  func doing(_ phrase: String) {
    guard phrase != reported else { return }
    reported = phrase
    report(phrase)
  }

  /// dlopen runs the library's constructors (on the first open in a process).
  static let opening = "in the library's constructors (dlopen)"
  static let readingDescriptor = "while reading the descriptor"

  /// The adapter loaded with the fast checks (entry, versions, descriptor).
  func adapter() throws(CheckFailure) -> LoadedAdapter {
    if let loaded { return loaded }
    do {
      let adapter = try AdapterLoader.open(path: path, context: self)
      calling("init")
      try AdapterLoader.initialize(adapter)
      loaded = adapter
      return adapter
    } catch {
      throw CheckFailure("not run: the adapter does not load (\(error.description))")
    }
  }
}
