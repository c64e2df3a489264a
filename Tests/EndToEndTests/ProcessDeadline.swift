import Foundation

/// Reads `pipe` to its end and waits for `process` to exit, for at most
/// `seconds` in all; past that it kills the process and returns nil, so a
/// hang fails the test instead of stalling the whole run.
func outputAndStatus(of process: Process, reading pipe: Pipe, within seconds: Double = 20) -> (Data, Int32)? {
  final class Box: @unchecked Sendable {
    var data = Data()
  }
  let box = Box()
  let done = DispatchSemaphore(value: 0)
  let handle = pipe.fileHandleForReading
  Thread {
    box.data = handle.readDataToEndOfFile()
    done.signal()
  }.start()
  let deadline = Date().addingTimeInterval(seconds)
  guard done.wait(timeout: .now() + seconds) == .success else {
    kill(process.processIdentifier, SIGKILL)
    return nil
  }
  while process.isRunning && Date() < deadline { usleep(10_000) }
  guard !process.isRunning else {
    kill(process.processIdentifier, SIGKILL)
    return nil
  }
  return (box.data, process.terminationStatus)
}
