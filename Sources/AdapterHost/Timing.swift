/// Median timings, so that one slow call on a busy machine does not fail
/// a good adapter.
enum Timing {
  static func median<E: Error>(runs: Int, _ body: () throws(E) -> Void) throws(E) -> Duration {
    let clock = ContinuousClock()
    var samples: [Duration] = []
    for _ in 0..<runs {
      let start = clock.now
      try body()
      samples.append(clock.now - start)
    }
    return samples.sorted()[runs / 2]
  }

  static func text(_ duration: Duration) -> String {
    let nanoseconds =
      duration.components.seconds * 1_000_000_000
      + duration.components.attoseconds / 1_000_000_000
    if nanoseconds < 10_000 { return "\(nanoseconds) ns" }
    if nanoseconds < 10_000_000 { return "\(nanoseconds / 1000) µs" }
    return "\(nanoseconds / 1_000_000) ms"
  }
}
