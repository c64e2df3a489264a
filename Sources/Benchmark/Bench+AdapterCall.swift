import AdapterHost
import ClearanceCore

/// adapter-call: LoadedAdapter.checkEligibility on the release libKia.so,
/// in this process: the C call, the copies into the query and the host's checks.
extension Bench {
  func adapterCall() throws {
    let adapter = try AdapterLoader.load(path: workspace.productFolder + "/libKia.so")
    let vin = Requests.vin(1)
    let tags = [Tag(key: "customer", value: "ACME Fleet Services")]
    let expected = EligibilityVerdict.eligible(pendingReason: nil)
    let calls = options.size(2_000_000)
    var wrong = 0
    for _ in 0..<10_000 where try adapter.checkEligibility(brand: "kia", vin: vin, tags: tags) != expected {
      wrong += 1
    }
    let start = Monotonic.nanoseconds()
    for _ in 0..<calls where try adapter.checkEligibility(brand: "kia", vin: vin, tags: tags) != expected {
      wrong += 1
    }
    let nanoseconds = Double(Monotonic.nanoseconds() - start) / Double(calls)
    guard wrong == 0 else { throw BenchError("adapter-call: \(wrong) calls did not answer eligible") }
    record(Row(id: .adapterCall, figure: Format.number(nanoseconds), value: nanoseconds))
  }
}
