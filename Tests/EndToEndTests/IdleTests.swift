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
}
