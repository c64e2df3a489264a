import AdapterHost
import Foundation

/// What `fleet-clearance validate LIBRARY` printed and how it exited.
struct ValidateReport {
  struct Line: Equatable {
    var passed: Bool
    var check: String
    var detail: String
  }

  var status: Int32
  var output: String
  /// The validator did not finish within `deadline` and was killed.
  var timedOut = false
  /// The PASS/FAIL lines, in order.
  var lines: [Line] = []
  /// Lines between the header and the summary that are not PASS/FAIL lines.
  var malformed: [String] = []
  /// (passed, failed) from the final "N passed, M failed" line, if there is one.
  var summary: (passed: Int, failed: Int)?

  /// Far beyond a normal run (about a second), short of hanging the suite.
  static let deadline: Double = 90

  /// Runs the built validator as a child process, the way an operator would.
  static func run(library: String) throws -> ValidateReport {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try Products.host())
    process.arguments = ["validate", library]
    process.standardInput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    // A validator that never ends is a failure to report, not a hung test run.
    let finished = DispatchSemaphore(value: 0)
    let watchdog = Thread {
      // SIGKILL: children of the test runner may inherit a mask that blocks SIGTERM.
      if finished.wait(timeout: .now() + deadline) == .timedOut { kill(process.processIdentifier, SIGKILL) }
    }
    watchdog.start()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    finished.signal()
    var report = ValidateReport(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    report.timedOut = process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
    return report
  }

  init(status: Int32, output: String) {
    self.status = status
    self.output = output
    var body = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if body.last == "" { body.removeLast() }
    if body.first?.hasPrefix("validate ") == true { body.removeFirst() } else { malformed.append(body.first ?? "") }
    if let last = body.last, let match = last.wholeMatch(of: /(\d+) passed, (\d+) failed/) {
      summary = (Int(match.1)!, Int(match.2)!)
      body.removeLast()
    }
    for text in body {
      // "PASS name<padding> detail", as ValidationResult.line writes it.
      if let match = text.wholeMatch(of: /(PASS|FAIL) ([a-z-]+) +(\S.*)/) {
        lines.append(Line(passed: match.1 == "PASS", check: String(match.2), detail: String(match.3)))
      } else {
        malformed.append(text)
      }
    }
  }

  func line(for check: String) -> Line? { lines.first { $0.check == check } }
}
