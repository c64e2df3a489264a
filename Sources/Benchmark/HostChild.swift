import Foundation
import Glibc
import JSON

/// The real host binary running as a child process; this process talks to
/// it through two pipes, as a client would. Its stderr goes to a file.
final class HostChild {
  let pid: pid_t
  /// Our end of the host's stdin.
  private(set) var input: Int32
  let reader: LineReader
  private let output: Int32
  let stderrPath: String
  private var exited = false

  /// Starts `host` with `arguments` and returns at once (not waiting for it to be ready).
  init(host: String, arguments: [String], stderrPath: String) throws {
    var toHost: [Int32] = [0, 0]
    var fromHost: [Int32] = [0, 0]
    guard pipe(&toHost) == 0, pipe(&fromHost) == 0 else {
      throw BenchError("pipe failed: \(String(cString: strerror(errno)))")
    }
    // Only the dup2'ed copies may reach the child (glibc hides pipe2 from Swift).
    for descriptor in toHost + fromHost { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, toHost[0], 0)
    posix_spawn_file_actions_adddup2(&actions, fromHost[1], 1)
    posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv = ([host] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var child: pid_t = 0
    let status = posix_spawn(&child, host, &actions, nil, argv, environ)
    close(toHost[0])
    close(fromHost[1])
    guard status == 0 else {
      close(toHost[1])
      close(fromHost[0])
      throw BenchError("cannot start \(host): \(String(cString: strerror(status)))")
    }
    pid = child
    input = toHost[1]
    output = fromHost[0]
    reader = LineReader(descriptor: output)
    self.stderrPath = stderrPath
  }

  deinit {
    if !exited {
      kill(pid, SIGKILL)
      _ = waitForExit()
    }
    close(output)
  }

  func send(_ bytes: [UInt8]) throws {
    if let problem = FileDescriptor.writeAll(input, bytes) {
      throw BenchError("writing to the host failed: \(problem)\(stderrNote())")
    }
  }

  func send(_ line: String) throws { try send(Array(line.utf8)) }

  /// Sends one request line and returns its response line.
  func call(_ line: String) throws -> [UInt8] {
    try send(line)
    return try reader.nextLine()
  }

  /// Sends one request and returns its `result`; any error response throws.
  func result(_ line: String) throws -> JSON {
    let response = try call(line)
    let parsed = try JSONParser.parse(response)
    guard let result = parsed["result"] else {
      throw BenchError(
        "the host answered an error to \(line.prefix(200)): \(String(decoding: response.prefix(400), as: UTF8.self))")
    }
    return result
  }

  /// Closes stdin (EOF: the host finishes and exits 0) and waits for it.
  @discardableResult
  func finish() -> Int32 {
    closeInput()
    return waitForExit()
  }

  func closeInput() {
    if input >= 0 {
      close(input)
      input = -1
    }
  }

  func waitForExit() -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    exited = true
    // WIFEXITED / WEXITSTATUS, which Swift does not import as macros.
    return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
  }

  /// VmRSS from /proc/<pid>/status, in bytes.
  func residentBytes() throws -> Int { try statusBytes("VmRSS") }

  /// VmHWM, the peak resident memory so far, in bytes.
  func peakResidentBytes() throws -> Int { try statusBytes("VmHWM") }

  private func statusBytes(_ field: String) throws -> Int {
    let text = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
    for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
      let fields = line.split(separator: " ", omittingEmptySubsequences: true)
      if fields.count >= 2, let kilobytes = Int(fields[1]) { return kilobytes * 1024 }
    }
    throw BenchError("no \(field) line in /proc/\(pid)/status")
  }

  /// The end of the host's stderr, to explain a failure.
  func stderrNote() -> String {
    guard let text = try? String(contentsOfFile: stderrPath, encoding: .utf8), !text.isEmpty else { return "" }
    return "\nhost stderr (\(stderrPath)):\n" + text.suffix(2000)
  }
}

enum FileDescriptor {
  /// Writes every byte; returns why it could not.
  static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> String? {
    bytes.withUnsafeBytes { buffer -> String? in
      var offset = 0
      while offset < buffer.count {
        let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return String(cString: strerror(errno))
        }
        offset += written
      }
      return nil
    }
  }
}

/// Lines on stderr (progress and failures), unbuffered.
func printError(_ text: String) {
  _ = FileDescriptor.writeAll(2, Array((text + "\n").utf8))
}
