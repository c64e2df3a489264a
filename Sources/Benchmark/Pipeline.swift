import Dispatch
import Foundation
import Synchronization

/// Writes one buffer to a file descriptor on a thread of its own, so that
/// the main thread reads responses while requests are still going out.
final class BackgroundWriter: Sendable {
  private let finished = DispatchSemaphore(value: 0)
  private let failure = Mutex<String?>(nil)

  init(descriptor: Int32, bytes: [UInt8]) {
    let thread = Thread { [self] in
      if let problem = FileDescriptor.writeAll(descriptor, bytes) { failure.withLock { $0 = problem } }
      finished.signal()
    }
    thread.start()
  }

  /// Waits for the writer; returns why writing failed, if it did.
  func join() -> String? {
    finished.wait()
    return failure.withLock { $0 }
  }
}

/// What a pipelined run measured, after every response was checked.
struct PipelineOutcome {
  var seconds: Double
  var responses: Int
}

extension HostChild {
  /// Sends `requests` (`count` lines with ids 1...count, in order) from a
  /// writer thread while this thread reads and checks the `count`
  /// responses. Timed from the first write to the last response.
  ///
  /// A response that is an error, comes out of order, or that `accept`
  /// refuses fails the run: a speed is never reported for broken work.
  func pipeline(
    _ requests: [UInt8], count: Int, what: String,
    accept: (UnsafeBufferPointer<UInt8>) -> Bool = { _ in true }
  ) throws -> PipelineOutcome {
    var failures = 0
    var firstFailure: String?
    let start = Monotonic.nanoseconds()
    let writer = BackgroundWriter(descriptor: input, bytes: requests)
    for expected in 1...count {
      try reader.withNextLine { line in
        guard let response = ResponseLine.read(line) else {
          throw BenchError("\(what): the host wrote a line that is not a response: \(ResponseLine.text(line))")
        }
        guard response.id == expected else {
          throw BenchError("\(what): response \(response.id) came where \(expected) was due")
        }
        if !response.isResult || !accept(line) {
          failures += 1
          if firstFailure == nil { firstFailure = ResponseLine.text(line) }
        }
      }
    }
    let seconds = Monotonic.seconds(since: start)
    if let problem = writer.join() { throw BenchError("\(what): writing requests failed: \(problem)") }
    guard failures == 0 else {
      throw BenchError(
        "\(what): \(failures) of \(count) requests that should succeed failed; the first: \(firstFailure ?? "")\(stderrNote())"
      )
    }
    return PipelineOutcome(seconds: seconds, responses: count)
  }
}

extension HostChild {
  /// Like `pipeline`, `window` requests at a time, as a client that waits
  /// for answers before it sends more: the host then never holds more than
  /// one window of requests and responses. `make(index, id)` builds the
  /// index-th line; ids restart at 1 in every window.
  func pipelineInWindows(
    count: Int, window: Int, what: String, make: (_ index: Int, _ id: Int) -> String,
    accept: (UnsafeBufferPointer<UInt8>) -> Bool
  ) throws -> PipelineOutcome {
    var seconds = 0.0
    var done = 0
    while done < count {
      let size = min(window, count - done)
      let requests = Requests.batch(count: size) { id in make(done + id - 1, id) }
      seconds += try pipeline(requests, count: size, what: what, accept: accept).seconds
      done += size
    }
    return PipelineOutcome(seconds: seconds, responses: count)
  }
}
