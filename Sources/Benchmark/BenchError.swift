/// Why the benchmark stopped: printed on stderr, exit status 1.
struct BenchError: Error, CustomStringConvertible {
  var description: String

  init(_ description: String) {
    self.description = description
  }
}
