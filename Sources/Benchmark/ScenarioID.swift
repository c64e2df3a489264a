/// The scenarios of /work/shared/design/performance.md, in its order.
enum ScenarioID: String, CaseIterable, Sendable {
  case ingestBatch = "ingest-batch"
  case ingestSingle = "ingest-single"
  case get
  case report
  case list
  case latency
  case startup
  case recovery
  case memory
  case adapterCall = "adapter-call"
  case codec

  /// The floor performance.md sets "on this kind of machine".
  var floor: Floor {
    switch self {
    case .ingestBatch: .atLeast(300_000)
    case .ingestSingle: .atLeast(150_000)
    case .get: .atLeast(300_000)
    case .report: .atLeast(150_000)
    case .list: .atLeast(300_000)
    case .latency: .atMost(30)
    case .startup: .atMost(50)
    case .recovery: .atMost(2)
    case .memory: .atMost(400)
    case .adapterCall: .atMost(250)
    case .codec: .atLeast(5)
    }
  }

  var unit: String {
    switch self {
    case .ingestBatch: "vehicles/s"
    case .ingestSingle, .get, .report: "requests/s"
    case .list: "clearances/s"
    case .latency: "µs (p50 / p99)"
    case .startup: "ms (median of 10)"
    case .recovery: "s"
    case .memory: "bytes/clearance"
    case .adapterCall: "ns/call"
    case .codec: "× Foundation (own / Foundation MB/s)"
    }
  }
}

/// A floor: the figure must reach at least, or stay at most, this value.
enum Floor {
  case atLeast(Double)
  case atMost(Double)

  var text: String {
    switch self {
    case .atLeast(let value): "≥ " + Format.number(value, places: 0)
    case .atMost(let value): "≤ " + Format.number(value, places: 0)
    }
  }

  /// How many times worse than the floor `value` is (1 or less: it passes).
  func shortfall(_ value: Double) -> Double {
    switch self {
    case .atLeast(let floor): value > 0 ? floor / value : .infinity
    case .atMost(let floor): value / floor
    }
  }
}
