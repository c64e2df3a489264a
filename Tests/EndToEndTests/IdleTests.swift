import Foundation
import Testing

/// The host spins briefly after each answer to catch the next request
/// without a wake-up; an idle host must still sleep.
@Suite struct IdleTests {
  /// User plus system CPU time of a process, in clock ticks.
  func cpuTicks(of pid: Int32) throws -> Int {
    let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
    // Fields after the command name, which is in parentheses and may hold spaces.
    let fields = stat[stat.range(of: ")")!.upperBound...].split(separator: " ")
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after ")".
    return Int(fields[11])! + Int(fields[12])!
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/stat")))
  func anIdleHostUsesNoCPU() throws {
    let host = try HostProcess()
    for _ in 0..<20 { _ = try host.result("ping") }
    Thread.sleep(forTimeInterval: 0.2)
    let before = try cpuTicks(of: host.process.processIdentifier)
    Thread.sleep(forTimeInterval: 1)
    let used = try cpuTicks(of: host.process.processIdentifier) - before
    let ticksPerSecond = sysconf(Int32(_SC_CLK_TCK))
    // A host that kept spinning would use about one tick per tick of wall time.
    #expect(used <= ticksPerSecond / 10, "an idle host used \(used) ticks of CPU in 1 s (\(ticksPerSecond) ticks/s)")
    #expect(host.finish() == 0)
  }

  /// Regression: with a non-blocking stdout that was full, the host retried
  /// `write` in a tight loop (a whole core) until the client read.
  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/stat")))
  func aHostWaitingOnAFullNonBlockingStdoutSleeps() throws {
    try Products.require()
    let process = Process()
    process.executableURL = Products.host
    process.arguments = ["--in-memory", "--plugins", Products.pluginsFile.path]
    let input = Pipe()
    let output = Pipe()
    let writeEnd = output.fileHandleForWriting.fileDescriptor
    _ = fcntl(writeEnd, F_SETFL, fcntl(writeEnd, F_GETFL) | O_NONBLOCK)
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    // Four OpenRPC documents, some 230 KB: far more than a pipe holds.
    let discover = (1...4).map { #"{"jsonrpc":"2.0","id":\#($0),"method":"rpc.discover"}"# }
    input.fileHandleForWriting.write(Data((discover.joined(separator: "\n") + "\n").utf8))
    Thread.sleep(forTimeInterval: 0.3)
    let before = try cpuTicks(of: process.processIdentifier)
    Thread.sleep(forTimeInterval: 1)
    let used = try cpuTicks(of: process.processIdentifier) - before
    let ticksPerSecond = sysconf(Int32(_SC_CLK_TCK))
    #expect(used <= ticksPerSecond / 10, "a host blocked on stdout used \(used) ticks of CPU in 1 s")
    try input.fileHandleForWriting.close()
    let (data, status) = try #require(outputAndStatus(of: process, reading: output), "the host did not finish")
    #expect(status == 0)
    #expect(String(decoding: data, as: UTF8.self).split(separator: "\n").count == 4, "every answer arrives whole")
  }
}
