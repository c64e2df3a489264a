import JSON
import Testing

/// `vehicles.delete`: cancel and revoke rules per brand, and the conflicts.
@Suite struct DeleteTests {
  @Test func volkswagenCancelsAfterOneDayNotBefore() throws {
    let host = try HostProcess()
    try Fleet.add(host, [Fleet.vw("WVWZZZ1JZXW000010")])
    _ = try Fleet.advance(host, seconds: Fleet.day - 1)
    let early = try host.error("vehicles.delete", ["vin": "WVWZZZ1JZXW000010"])
    #expect(early["code"] == -32004)
    #expect(early["message"] == "Too early")
    #expect(early["data"]?["title"] == "Too early")
    #expect(try Fleet.get(host, "WVWZZZ1JZXW000010")["status"] == "pending")

    _ = try Fleet.advance(host, seconds: 1)
    let canceling = try host.result("vehicles.delete", ["vin": "WVWZZZ1JZXW000010"])
    #expect(canceling["status"] == "canceling")
    let canceled = try Fleet.report(host, "WVWZZZ1JZXW000010", "cancel_confirmed")
    #expect(canceled["status"] == "canceled")
  }

  @Test func kiaCannotCancel() throws {
    let host = try HostProcess()
    try Fleet.add(host, [Fleet.vehicle("KNAAAAAAAAAAAAAA1", "kia")])
    _ = try Fleet.advance(host, seconds: 2 * Fleet.day)
    let error = try host.error("vehicles.delete", ["vin": "KNAAAAAAAAAAAAAA1"])
    #expect(error["code"] == -32003)
    #expect(error["message"] == "Not supported")
    #expect(error["data"]?["detail"] == "cancellation is not supported for this vin")
  }

  @Test func conflictsOnDelete() throws {
    let host = try HostProcess()
    try Fleet.add(host, [Fleet.vehicle("KNAAAAAAAAAAAAAA2", "kia")])
    try Fleet.report(host, "KNAAAAAAAAAAAAAA2", "activation_succeeded")
    #expect(try host.result("vehicles.delete", ["vin": "KNAAAAAAAAAAAAAA2"])["status"] == "revoking")
    let transition = try host.error("vehicles.delete", ["vin": "KNAAAAAAAAAAAAAA2"])
    #expect(transition["code"] == -32002)
    #expect(transition["data"]?["detail"] == "Clearance is in transition mode")
    try Fleet.report(host, "KNAAAAAAAAAAAAAA2", "access_revoked")
    let removed = try host.error("vehicles.delete", ["vin": "KNAAAAAAAAAAAAAA2"])
    #expect(removed["code"] == -32002)
    #expect(removed["data"]?["detail"] == "Clearance is already removed")
  }

  @Test func unknownAndMalformedVINsAreNotFound() throws {
    let host = try HostProcess()
    let unknown = try host.error("vehicles.delete", ["vin": "KNAAAAAAAAAAAAAA9"])
    #expect(unknown["code"] == -32001)
    #expect(unknown["data"]?["source"] == "vin")
    let malformed = try host.error("vehicles.get", ["vin": "short"])
    #expect(malformed["code"] == -32001)
    #expect(malformed["data"]?["detail"]?.stringValue?.contains("malformed") == true)
  }
}
