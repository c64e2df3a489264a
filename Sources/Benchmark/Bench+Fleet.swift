/// ingest-single, get, latency and report, on one host and one fleet of
/// 100,000 vehicles, in that order.
extension Bench {
  func fleetScenarios() throws {
    let fleet = options.size(100_000)
    let host = try readyHost()
    if options.runs(.ingestSingle) {
      let requests = Requests.batch(count: fleet) { id in Requests.add(id: id, id - 1..<id) }
      let outcome = try host.pipeline(requests, count: fleet, what: "ingest-single") { line in
        ResponseLine.contains(line, Self.pendingItem)
      }
      let rate = Double(fleet) / outcome.seconds
      record(Row(id: .ingestSingle, figure: Format.number(rate, places: 0), value: rate))
    } else {
      _ = try addInBatches(host, count: fleet, what: "adding the fleet")
    }
    try expectFleet(host, total: fleet, status: "pending", what: "ingest-single")
    if options.runs(.get) { try get(host, fleet: fleet) }
    if options.runs(.latency) { try latency(host, fleet: fleet) }
    if options.runs(.report) {
      let requests = Requests.batch(count: fleet) { id in Requests.report(id: id, id - 1) }
      let outcome = try host.pipeline(requests, count: fleet, what: "report") { line in
        ResponseLine.contains(line, Self.approvedStatus)
      }
      try expectFleet(host, total: fleet, status: "approved", what: "report")
      let rate = Double(fleet) / outcome.seconds
      record(Row(id: .report, figure: Format.number(rate, places: 0), value: rate))
    }
    try finish(host, what: "the fleet scenarios")
  }

  /// The k-th VIN to look up: a fixed permutation of the fleet, so that
  /// lookups do not walk the table in insertion order (7,919 is prime).
  static func lookupIndex(_ k: Int, fleet: Int) -> Int { (k &* 7_919) % fleet }

  private func get(_ host: HostChild, fleet: Int) throws {
    let count = 2 * fleet
    let requests = Requests.batch(count: count) { id in Requests.get(id: id, Self.lookupIndex(id - 1, fleet: fleet)) }
    let outcome = try host.pipeline(requests, count: count, what: "get")
    let rate = Double(count) / outcome.seconds
    record(Row(id: .get, figure: Format.number(rate, places: 0), value: rate))
  }

  /// One vehicles.get at a time; each waits for its answer. The same round
  /// trips through /bin/cat show what the machine's pipes and scheduler
  /// cost without any host.
  private func latency(_ host: HostChild, fleet: Int) throws {
    let warmup = options.size(1_000)
    let samples = options.size(20_000)
    let lines = (0..<warmup + samples).map { k in
      Array(Requests.get(id: k + 1, Self.lookupIndex(k, fleet: fleet)).utf8)
    }
    let micros = try roundTrips(host, lines: lines, warmup: warmup) { k, line in
      guard let answered = ResponseLine.read(line), answered.id == k + 1, answered.isResult else {
        throw BenchError("latency: vehicles.get \(k + 1) did not succeed: \(ResponseLine.text(line))")
      }
    }
    let echo = try HostChild(host: "/bin/cat", arguments: [], stderrPath: workspace.temporaryFolder + "/cat.stderr")
    let bare = try roundTrips(echo, lines: lines, warmup: warmup) { k, line in
      guard line.elementsEqual(lines[k].dropLast()) else { throw BenchError("latency: /bin/cat echoed another line") }
    }
    echo.finish()
    let (p50, p99) = (Self.percentile(micros, 50), Self.percentile(micros, 99))
    record(Row(id: .latency, figure: "\(Format.number(p50)) / \(Format.number(p99))", value: p50))
    note(
      "latency: the same round trips through /bin/cat instead of the host take p50 "
        + "\(Format.number(Self.percentile(bare, 50))) / p99 \(Format.number(Self.percentile(bare, 99))) µs "
        + "on this machine (cat sleeps in read between lines; the host polls for up to 50 µs after an answer "
        + "before it sleeps, which saves the wake-up).")
  }

  /// Microseconds of each round trip after `warmup`: send a line, wait for
  /// one line back, let `check` judge it.
  private func roundTrips(
    _ child: HostChild, lines: [[UInt8]], warmup: Int,
    check: (Int, UnsafeBufferPointer<UInt8>) throws -> Void
  ) throws -> [Double] {
    var micros: [Double] = []
    micros.reserveCapacity(lines.count - warmup)
    for (k, line) in lines.enumerated() {
      let start = Monotonic.nanoseconds()
      try child.send(line)
      try child.reader.withNextLine { try check(k, $0) }
      let elapsed = Double(Monotonic.nanoseconds() - start) / 1_000
      if k >= warmup { micros.append(elapsed) }
    }
    return micros.sorted()
  }

  /// The p-th percentile of sorted samples.
  static func percentile(_ sorted: [Double], _ p: Int) -> Double {
    sorted[min(sorted.count - 1, sorted.count * p / 100)]
  }
}
