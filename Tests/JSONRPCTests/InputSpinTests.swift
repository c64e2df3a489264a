import Glibc
import Testing

@testable import JSONRPC

/// When the server polls in a loop before sleeping: only right after an
/// answer, and only while requests follow answers quickly.
@Suite(.enabled(if: InputSpin.isAvailable, "spinning is off on a one-CPU machine"))
struct InputSpinTests {
  /// A pipe's read end, with `bytes` already written into it.
  func pipe(holding bytes: [UInt8]) throws -> (read: Int32, write: Int32) {
    var ends: [Int32] = [0, 0]
    try #require(Glibc.pipe(&ends) == 0)
    if !bytes.isEmpty { _ = bytes.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) } }
    return (ends[0], ends[1])
  }

  func descriptor(_ fd: Int32) -> pollfd { pollfd(fd: fd, events: Int16(POLLIN), revents: 0) }

  @Test func spinsOnlyAfterAnswersAndWhileGapsStayShort() throws {
    let empty = try pipe(holding: [])
    let ready = try pipe(holding: [10])
    defer { for fd in [empty.read, empty.write, ready.read, ready.write] { close(fd) } }
    var spin = InputSpin()
    var waiting = descriptor(empty.read)
    var waitingReady = descriptor(ready.read)

    #expect(!spin.spin(&waitingReady, until: { false }), "no answer written yet: nothing to spin for")
    spin.answered()
    #expect(spin.spin(&waitingReady, until: { false }), "input ready right after an answer is caught")
    spin.reset()

    spin.answered()
    #expect(!spin.spin(&waiting, until: { false }), "nothing came within the window")
    spin.answered()
    #expect(
      !spin.spin(&waitingReady, until: { false }), "after a long gap the next wait sleeps at once, even with input")

    spin.answered()
    spin.inputArrivedAfterSleep()  // right away: a short gap
    spin.answered()
    #expect(spin.spin(&waitingReady, until: { false }), "a short gap turns spinning back on")
  }

  @Test func stopsWhenAskedTo() throws {
    let empty = try pipe(holding: [])
    defer { close(empty.read); close(empty.write) }
    var spin = InputSpin()
    var waiting = descriptor(empty.read)
    spin.answered()
    var checks = 0
    #expect(
      !spin.spin(
        &waiting,
        until: {
          checks += 1; return true
        }))
    #expect(checks == 1, "a termination request ends the loop at the next check")
  }
}
