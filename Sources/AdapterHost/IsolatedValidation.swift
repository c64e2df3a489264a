import Foundation

/// Runs the conformance checks in child processes, so that an adapter that
/// crashes or hangs is reported as a failed check instead of killing the
/// validator (or the host that asked). After a crash, a new child resumes
/// at the next check.
public enum IsolatedValidation {
  /// The hidden subcommand the child runs: `<executable> __validate-worker LIBRARY START`.
  public static let workerCommand = "__validate-worker"
  public static let timeoutSeconds: Double = 30

  /// `executable` is this program (it must understand `workerCommand`).
  /// Every check gets exactly one result, in order, whatever the child prints.
  /// With `stopAfterFirstFailure` no new child starts once a check failed
  /// (the rest fail as not run): a host that is waiting cannot afford a
  /// timeout for each check of an adapter that hangs.
  public static func validate(library path: String, executable: String, stopAfterFirstFailure: Bool = false)
    -> [ValidationResult]
  {
    let names = AdapterValidator.checkNames
    var results: [ValidationResult] = []
    func record(passed: Bool, _ detail: String) {
      results.append(ValidationResult(check: names[results.count], passed: passed, detail: detail))
    }
    while results.count < names.count {
      let first = results.count
      let run = runWorker(executable: executable, library: path, from: first)
      // Only lines about the next check count; anything else is noise.
      var running = false
      // What the running check last said it does in the adapter's code.
      var activity: String?
      for line in run.lines {
        switch line {
        case .begin(let index):
          if running { record(passed: false, "the check ended without a result") }
          running = index == results.count && index < names.count
          activity = nil
        case .activity(let index, let phrase):
          if running, index == results.count { activity = phrase }
        case .result(let index, let passed, let detail):
          guard running, index == results.count else { continue }
          record(passed: passed, detail)
          running = false
        }
      }
      // The child died in the check it was running, or reported nothing:
      // fail that check, so that every round makes progress.
      if results.count < names.count, running || results.count == first {
        record(passed: false, run.ending?.detail(activity: running ? activity : nil) ?? "the check did not finish")
      }
      if stopAfterFirstFailure && results.contains(where: { !$0.passed }) {
        while results.count < names.count { record(passed: false, "not run: validation stopped at the first failure") }
      }
    }
    return results
  }

  struct WorkerRun {
    var lines: [WorkerLine]
    /// Why the child ended abnormally, if it did.
    var ending: AbnormalEnd?
  }

  enum AbnormalEnd {
    case timedOut
    case crashed(signal: Int32)
    case exited(status: Int32)
    case cannotRun(String)

    /// The failure of the check that was running. `activity` is what it
    /// last said it does in the adapter's code ("in check_eligibility").
    func detail(activity: String?) -> String {
      let doing = activity.map { " \($0)" } ?? ""
      return switch self {
      case .timedOut: "timed out after \(Int(timeoutSeconds)) s: the adapter hangs\(doing)"
      case .crashed(let signal): "crashed with signal \(signal) (\(signalName(signal)))\(doing) during this check"
      case .exited(let status): "the validator process exited with status \(status)\(doing)"
      case .cannotRun(let problem): problem
      }
    }
  }

  static func runWorker(executable: String, library: String, from start: Int) -> WorkerRun {
    let output = FileManager.default.temporaryDirectory
      .appendingPathComponent("fleet-clearance-validate-\(getpid())-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: output) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = [workerCommand, library, String(start)]
    process.standardInput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard let handle = try? FileHandle(forWritingTo: output) else {
      return WorkerRun(lines: [], ending: .cannotRun("cannot create a temporary file for the validator"))
    }
    process.standardOutput = handle
    do { try process.run() } catch {
      return WorkerRun(lines: [], ending: .cannotRun("cannot start the validator process \(executable): \(error)"))
    }
    let deadline = Date().addingTimeInterval(timeoutSeconds)
    while process.isRunning && Date() < deadline { usleep(2_000) }
    var ending: AbnormalEnd?
    if process.isRunning {
      process.terminate()
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      ending = .timedOut
    } else if process.terminationReason == .uncaughtSignal {
      ending = .crashed(signal: process.terminationStatus)
    } else if process.terminationStatus != 0 {
      ending = .exited(status: process.terminationStatus)
    }
    try? handle.close()
    // Leniently: one invalid byte must not drop every line of the run.
    let text = (try? Data(contentsOf: output)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    let lines = text.split(separator: "\n").compactMap { WorkerLine(text: String($0)) }
    return WorkerRun(lines: lines, ending: ending)
  }

  static func signalName(_ signal: Int32) -> String {
    switch signal {
    case SIGSEGV: "SIGSEGV"
    case SIGABRT: "SIGABRT"
    case SIGBUS: "SIGBUS"
    case SIGILL: "SIGILL"
    case SIGFPE: "SIGFPE"
    case SIGTRAP: "SIGTRAP"
    case SIGKILL: "SIGKILL"
    default: "signal \(signal)"
    }
  }
}
