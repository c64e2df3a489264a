import Foundation
import JSON
import Synchronization
import Testing

/// The built host, started as a real client starts it, spoken to over pipes.
/// Every line it writes on stdout is checked to be a JSON-RPC message.
final class HostProcess {
  let process = Process()
  private let stdin = Pipe()
  private let stdout = Pipe()
  private let stderr = Pipe()
  private let lines = LineQueue()
  private let errors = LineQueue()
  private var nextID = 1
  /// Notifications read while waiting for responses, oldest first.
  var notifications: [JSON] = []

  /// Starts `fleet-clearance` with `arguments`; by default in memory, on
  /// the manual clock, with the repository's plugins.json.
  init(
    arguments: [String] = ["--in-memory", "--clock", "manual", "--plugins", Products.pluginsFile.path],
    workingDirectory: URL? = nil, environment: [String: String] = [:]
  ) throws {
    try Products.require()
    process.executableURL = Products.host
    process.arguments = arguments
    process.currentDirectoryURL = workingDirectory ?? FileManager.default.temporaryDirectory
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    }
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    lines.drain(stdout.fileHandleForReading)
    errors.drain(stderr.fileHandleForReading)
    try process.run()
  }

  deinit {
    if process.isRunning { process.terminate() }
  }

  /// The host's stdin, for a writer on another thread.
  var input: FileHandle { stdin.fileHandleForWriting }

  func send(_ line: String) {
    stdin.fileHandleForWriting.write(Data((line + "\n").utf8))
  }

  func sendRaw(_ bytes: Data) {
    stdin.fileHandleForWriting.write(bytes)
  }

  /// The next stdout line, parsed and checked; fails the test on timeout.
  func readMessage(timeout: Double = 20, sourceLocation: SourceLocation = #_sourceLocation) throws -> JSON {
    guard let line = lines.next(timeout: timeout) else {
      Issue.record("no line from the host within \(timeout) s; stderr: \(stderrText())", sourceLocation: sourceLocation)
      throw HostError.timeout
    }
    let message = try JSON(parsing: line)
    ProtocolChecks.expectValidMessage(message, line: line, sourceLocation: sourceLocation)
    return message
  }

  /// The next stdout line exactly as written (checked as a message too).
  func readRawLine(timeout: Double = 20) -> String? {
    guard let line = lines.next(timeout: timeout) else { return nil }
    if let message = try? JSONParser.parse(line) {
      ProtocolChecks.expectValidMessage(message, line: line)
    } else {
      Issue.record("stdout line is not JSON: \(line)")
    }
    return line
  }

  /// True when no stdout line arrives within `seconds`.
  func isSilent(for seconds: Double) -> Bool { lines.next(timeout: seconds) == nil }

  /// Sends a request and returns its response, keeping notifications that
  /// come before it in `notifications`.
  @discardableResult
  func call(_ method: String, _ params: JSON? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> JSON {
    let id = nextID
    nextID += 1
    var request: JSONObject = JSONObject()
    request["jsonrpc"] = "2.0"
    request["id"] = .number(JSONNumber(id))
    request["method"] = .string(method)
    if let params { request["params"] = params }
    send(JSONWriter.string(.object(request)))
    while true {
      let message = try readMessage(sourceLocation: sourceLocation)
      if message["id"] == nil {
        notifications.append(message)
        continue
      }
      #expect(
        message["id"] == .number(JSONNumber(id)), "responses come in request order", sourceLocation: sourceLocation)
      return message
    }
  }

  /// The `result` of a call that must succeed.
  @discardableResult
  func result(_ method: String, _ params: JSON? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> JSON
  {
    let response = try call(method, params, sourceLocation: sourceLocation)
    guard let result = response["result"] else {
      Issue.record("\(method) failed: \(JSONWriter.string(response))", sourceLocation: sourceLocation)
      throw HostError.unexpectedError(response)
    }
    return result
  }

  /// The `error` of a call that must fail.
  func error(_ method: String, _ params: JSON? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> JSON
  {
    let response = try call(method, params, sourceLocation: sourceLocation)
    guard let error = response["error"] else {
      Issue.record("\(method) should have failed: \(JSONWriter.string(response))", sourceLocation: sourceLocation)
      throw HostError.unexpectedSuccess(response)
    }
    return error
  }

  /// Closes stdin and waits for the process to exit; returns its status.
  @discardableResult
  func finish(timeout: Double = 20) -> Int32 {
    try? stdin.fileHandleForWriting.close()
    return waitForExit(timeout: timeout)
  }

  func waitForExit(timeout: Double = 20) -> Int32 {
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { usleep(5_000) }
    if process.isRunning {
      process.terminate()
      Issue.record("the host did not exit within \(timeout) s")
    }
    process.waitUntilExit()
    return process.terminationStatus
  }

  /// Every remaining stdout line after exit, each checked.
  func remainingMessages() throws -> [JSON] {
    var messages: [JSON] = []
    while let line = lines.next(timeout: 2) {
      let message = try JSON(parsing: line)
      ProtocolChecks.expectValidMessage(message, line: line)
      messages.append(message)
    }
    return messages
  }

  func stderrText() -> String { errors.all().joined(separator: "\n") }

  /// Stdout lines not read yet; after `finish`, whatever the host wrote last.
  func unreadOutput() -> [String] { lines.all() }

  enum HostError: Error {
    case timeout
    case unexpectedError(JSON)
    case unexpectedSuccess(JSON)
  }
}

extension JSON {
  init(parsing line: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    do {
      self = try JSONParser.parse(line)
    } catch {
      Issue.record("stdout line is not JSON (\(error)): \(line)", sourceLocation: sourceLocation)
      throw error
    }
  }
}

/// Lines read from a pipe on a background thread.
final class LineQueue: Sendable {
  private let state = Mutex<(lines: [String], partial: [UInt8], closed: Bool)>(([], [], false))
  private let available = DispatchSemaphore(value: 0)

  func drain(_ handle: FileHandle) {
    Thread.detachNewThread { [self] in
      while true {
        let data = handle.availableData
        let newLines: [String] = state.withLock { state in
          if data.isEmpty {
            state.closed = true
            if state.partial.isEmpty { return [] }
            let last = String(decoding: state.partial, as: UTF8.self)
            state.partial.removeAll()
            state.lines.append(last)
            return [last]
          }
          var found: [String] = []
          for byte in data {
            if byte == 10 {
              found.append(String(decoding: state.partial, as: UTF8.self))
              state.partial.removeAll()
            } else {
              state.partial.append(byte)
            }
          }
          state.lines.append(contentsOf: found)
          return found
        }
        for _ in newLines { available.signal() }
        if data.isEmpty { return }
      }
    }
  }

  func next(timeout: Double) -> String? {
    guard available.wait(timeout: .now() + timeout) == .success else { return nil }
    return state.withLock { $0.lines.removeFirst() }
  }

  func all() -> [String] {
    state.withLock { $0.lines }
  }
}
