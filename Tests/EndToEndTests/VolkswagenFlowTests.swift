import JSON
import Testing

/// A Volkswagen Group vehicle through its life, over pipes, with the real adapter.
@Suite struct VolkswagenFlowTests {
  @Test func addApproveRevoke() throws {
    let host = try HostProcess()
    let items = try Fleet.add(host, [Fleet.vw(" wvwzzz1jzxw000001 ")])
    #expect(items.first?["vin"] == "WVWZZZ1JZXW000001", "VINs are trimmed and upper-cased")
    #expect(items.first?["status"] == "pending")
    #expect(items.first?["changelog"] == nil, "add items leave the changelog out")
    #expect(items.first?["inserted_at"] == "2026-01-01T00:00:00Z", "the manual clock starts at 2026-01-01")

    let waiting = try Fleet.report(host, "WVWZZZ1JZXW000001", "activation_succeeded")
    #expect(waiting["status"] == "pending")
    #expect(waiting["reason"] == "no data received", "VW approves only once data arrived")

    _ = try Fleet.advance(host, seconds: 3600)
    let approved = try Fleet.report(host, "WVWZZZ1JZXW000001", "data_received")
    #expect(approved["status"] == "approved")
    #expect(approved["approved_at"] == "2026-01-01T01:00:00Z")
    #expect(approved["updated_at"] == "2026-01-01T01:00:00Z")

    let deleted = try host.result("vehicles.delete", ["vin": "WVWZZZ1JZXW000001"])
    #expect(deleted["status"] == "revoking")
    #expect(deleted["vin"] == "WVWZZZ1JZXW000001")
    #expect(deleted["tags"]?["vw-group-customer-name"] == "ACME Fleet")

    let revoked = try Fleet.report(host, "WVWZZZ1JZXW000001", "access_revoked")
    #expect(revoked["status"] == "revoked")
    #expect(Fleet.changelog(revoked) == ["pending", "pending: no data received", "approved", "revoking", "revoked"])
    #expect(host.finish() == 0)
  }

  @Test func missingCustomerNameTagIsRejected() throws {
    let host = try HostProcess()
    let items = try Fleet.add(host, [Fleet.vehicle("WVWZZZ1JZXW000002", "audi")])
    #expect(items.first?["status"] == "rejected")
    #expect(items.first?["reason"] == "customer name tag missing")
    let stored = try Fleet.get(host, "WVWZZZ1JZXW000002")
    #expect(Fleet.changelog(stored) == ["rejected: customer name tag missing"])
  }

  @Test func privacyModeRejectsAfterFifteenDays() throws {
    let host = try HostProcess()
    try Fleet.add(host, [Fleet.vw("WVWZZZ1JZXW000003", brand: "skoda")])
    _ = try Fleet.advance(host, seconds: 3600)
    let pending = try Fleet.report(host, "WVWZZZ1JZXW000003", "privacy_mode_enabled")
    #expect(pending["reason"] == "privacy mode is enabled")

    // Reporting the same reason again does not restart the 15 days.
    _ = try Fleet.advance(host, seconds: 5 * Fleet.day)
    _ = try Fleet.report(host, "WVWZZZ1JZXW000003", "privacy_mode_enabled")

    let before = try Fleet.advance(host, seconds: 10 * Fleet.day - 1)
    #expect(before["fired"] == 0)
    #expect(try Fleet.get(host, "WVWZZZ1JZXW000003")["status"] == "pending")

    let after = try Fleet.advance(host, seconds: 1)
    #expect(after["fired"] == 1)
    let rejected = try Fleet.get(host, "WVWZZZ1JZXW000003")
    #expect(rejected["status"] == "rejected")
    #expect(rejected["reason"] == "privacy mode is enabled")
    #expect(
      rejected["updated_at"] == "2026-01-16T01:00:00Z", "stamped with the due time: 15 days after the reason was set")
    #expect(
      Fleet.changelog(rejected) == ["pending", "pending: privacy mode is enabled", "rejected: privacy mode is enabled"])
  }

  /// Regression: setting the reason again after another one moves the 15
  /// days later while the first entry is queued; stopping the clock at the
  /// first due time must not lose the second.
  @Test func privacyModeSetAgainCountsFromTheNewTimeWhenTheClockStopsInBetween() throws {
    let host = try HostProcess()
    let vin = "WVWZZZ1JZXW000005"
    try Fleet.add(host, [Fleet.vw(vin, brand: "volkswagen")])
    _ = try Fleet.report(host, vin, "privacy_mode_enabled")
    _ = try Fleet.advance(host, seconds: Fleet.day)
    _ = try Fleet.report(host, vin, "waiting_for_data")
    _ = try Fleet.advance(host, seconds: Fleet.day)
    #expect(try Fleet.report(host, vin, "privacy_mode_enabled")["reason"] == "privacy mode is enabled")
    #expect(try Fleet.advance(host, seconds: 13 * Fleet.day)["fired"] == 0, "the first 15 days no longer count")
    #expect(try Fleet.advance(host, seconds: 2 * Fleet.day - 1)["fired"] == 0)
    #expect(try Fleet.advance(host, seconds: 1)["fired"] == 1)
    let rejected = try Fleet.get(host, vin)
    #expect(rejected["reason"] == "privacy mode is enabled")
    #expect(rejected["updated_at"] == "2026-01-18T00:00:00Z")
  }

  @Test func backdatedReportAnswersWithTheTimersOutcome() throws {
    let host = try HostProcess()
    try Fleet.add(host, [Fleet.vw("WVWZZZ1JZXW000004")])
    _ = try Fleet.advance(host, seconds: 20 * Fleet.day)
    let result = try Fleet.report(host, "WVWZZZ1JZXW000004", "privacy_mode_enabled", at: "2026-01-02T00:00:00+00:00")
    #expect(result["status"] == "rejected")
    #expect(result["updated_at"] == "2026-01-17T00:00:00Z")
  }

  @Test func reportAtOutsideItsWindowIsRefused() throws {
    let host = try HostProcess()
    try Fleet.add(host, [Fleet.vw("WVWZZZ1JZXW000005")])
    _ = try Fleet.advance(host, seconds: Fleet.day)
    let future = try host.error(
      "vehicles.report", ["vin": "WVWZZZ1JZXW000005", "event": "data_received", "at": "2026-01-03T00:00:00Z"])
    #expect(future["code"] == -32602)
    #expect(future["data"]?["source"] == "at")
    let past = try host.error(
      "vehicles.report", ["vin": "WVWZZZ1JZXW000005", "event": "data_received", "at": "2025-12-31T00:00:00Z"])
    #expect(past["code"] == -32602)
    let garbage = try host.error(
      "vehicles.report", ["vin": "WVWZZZ1JZXW000005", "event": "data_received", "at": "yesterday"])
    #expect(garbage["data"]?["source"] == "at")
  }

  @Test func mapEventRefinesByDetail() throws {
    let host = try HostProcess()
    try Fleet.add(host, [Fleet.vw("WVWZZZ1JZXW000006", brand: "cupra")])
    let result = try Fleet.report(host, "WVWZZZ1JZXW000006", "activation_rejected", detail: "PRIMARY_USER")
    #expect(result["status"] == "rejected")
    #expect(result["reason"] == "primary user enrolled")
  }

  @Test func undeclaredEventAndInvalidTransitionAreRefused() throws {
    let host = try HostProcess()
    try Fleet.add(host, [Fleet.vw("WVWZZZ1JZXW000007")])
    let undeclared = try host.error("vehicles.report", ["vin": "WVWZZZ1JZXW000007", "event": "warp_drive"])
    #expect(undeclared["code"] == -32602)
    #expect(undeclared["data"]?["source"] == "event")
    let invalid = try host.error("vehicles.report", ["vin": "WVWZZZ1JZXW000007", "event": "access_revoked"])
    #expect(invalid["code"] == -32005)
    #expect(invalid["message"] == "Invalid transition")
    #expect(try Fleet.get(host, "WVWZZZ1JZXW000007")["status"] == "pending", "a refused report changes nothing")
  }
}
