/// ingest-batch: 100,000 vehicles through vehicles.add, 1,000 a call.
extension Bench {
  static let vehiclesPerCall = 1_000
  static let pendingItem = Array(#""status":"pending""#.utf8)
  static let approvedStatus = Array(#""status":"approved""#.utf8)

  func ingestBatch() throws {
    let total = options.size(100_000)
    let host = try readyHost()
    let outcome = try addInBatches(host, count: total, what: "ingest-batch")
    try expectFleet(host, total: total, status: "pending", what: "ingest-batch")
    try finish(host, what: "ingest-batch")
    let rate = Double(total) / outcome.seconds
    record(Row(id: .ingestBatch, figure: Format.number(rate, places: 0), value: rate))
  }

  /// Adds vehicles 0..<count, 1,000 a call, pipelined; every item must be a new pending clearance.
  func addInBatches(_ host: HostChild, count: Int, what: String) throws -> PipelineOutcome {
    let perCall = Self.vehiclesPerCall
    let calls = (count + perCall - 1) / perCall
    let requests = Requests.batch(count: calls) { id in
      Requests.add(id: id, (id - 1) * perCall..<min(count, id * perCall))
    }
    return try host.pipeline(requests, count: calls, what: what) { line in
      ResponseLine.count(Self.pendingItem, in: line) == min(perCall, count)
    }
  }
}
