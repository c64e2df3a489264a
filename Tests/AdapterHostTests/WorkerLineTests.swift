import AdapterHost
import Testing

/// The worker's report lines survive the trip through text.
@Suite struct WorkerLineTests {
  @Test(arguments: [
    WorkerLine.begin(7),
    .activity(7, "in check_eligibility"),
    .activity(0, "in the library's constructors (dlopen)"),
    .result(7, passed: false, detail: "brand kia: a call takes 50 ms (median of 7), more than 10 ms"),
    .result(3, passed: true, detail: ""),
  ])
  func roundTrips(_ line: WorkerLine) {
    #expect(WorkerLine(text: line.text) == line, "\(line.text)")
  }
}
