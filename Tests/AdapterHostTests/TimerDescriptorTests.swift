import AdapterFixtures
import AdapterHost
import ClearanceCore
import Testing

@Suite struct TimerDescriptorTests {
  /// Regression: an error timer without `then_reason` was read as
  /// "unspecified", a reason the adapter never declared.
  @Test func anErrorTimerWithoutAReasonKeepsNone() throws {
    let adapter = try AdapterLoader.load(path: try FixtureLibrary.path("error_timer_without_reason"))
    let timers = try #require(adapter.rules(for: "kia")).timers
    #expect(
      timers == [
        TimerDeclaration(
          reason: nil, countsFrom: .created, unlessDataReceived: false, afterSeconds: 60, effect: .error,
          thenReason: nil)
      ])
  }
}
