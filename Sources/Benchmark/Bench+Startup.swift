/// startup: process start to the first response, every adapter loaded.
extension Bench {
  static let startupRuns = 10

  func startup() throws {
    var milliseconds: [Double] = []
    for _ in 0..<Self.startupRuns {
      let dataDir = try workspace.freshDataDir()
      let start = Monotonic.nanoseconds()
      let host = try startHost(dataDir: dataDir)
      try host.send(Requests.line(id: 1, method: "ping"))
      let answered = try host.reader.withNextLine { ResponseLine.read($0) }
      let elapsed = Monotonic.seconds(since: start) * 1_000
      guard let answered, answered.id == 1, answered.isResult else {
        throw BenchError("startup: the first ping failed\(host.stderrNote())")
      }
      let stats = try stats(host)
      guard stats.adapters == workspace.adapterLibraries.count else {
        throw BenchError("startup: \(stats.adapters) adapters active, \(workspace.adapterLibraries.count) configured")
      }
      try finish(host, what: "startup")
      milliseconds.append(elapsed)
    }
    milliseconds.sort()
    let median = milliseconds[milliseconds.count / 2]
    record(Row(id: .startup, figure: Format.number(median), value: median))
    note(
      "startup: \(workspace.adapterLibraries.count) adapters loaded (every lib*.so of the build), a fresh data dir each run."
    )
  }
}
