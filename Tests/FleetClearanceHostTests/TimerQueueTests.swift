import ClearanceCore
import Testing

@testable import FleetClearanceHost

@Suite struct TimerQueueTests {
  func time(_ seconds: Int64) -> Timestamp { Timestamp(secondsSinceEpoch: seconds) }

  @Test func popsInDueOrderOnlyWhenDue() {
    var queue = TimerQueue()
    queue.schedule(vin: "B", due: time(20))
    queue.schedule(vin: "A", due: time(10))
    queue.schedule(vin: "C", due: time(30))
    #expect(queue.popDue(now: time(9)) == nil)
    #expect(queue.popDue(now: time(25))?.vin == "A")
    #expect(queue.popDue(now: time(25))?.vin == "B")
    #expect(queue.popDue(now: time(25)) == nil)
    #expect(queue.earliest == time(30))
  }

  /// Regression: every change of a clearance with a timer used to add an
  /// entry, so the queue grew with the number of changes.
  @Test func rescheduringTheSameVINDoesNotPileUp() {
    var queue = TimerQueue()
    for _ in 0..<1000 { queue.schedule(vin: "A", due: time(100)) }
    queue.schedule(vin: "A", due: time(200))
    #expect(queue.count == 1)
    queue.schedule(vin: "A", due: time(50))
    #expect(queue.count == 2, "an earlier due time is queued too")
    #expect(queue.popDue(now: time(60))?.due == time(50))
    queue.schedule(vin: "A", due: time(300))
    #expect(queue.count == 2, "after its entry fired, the VIN can be queued again")
  }
}
