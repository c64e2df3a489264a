import JSON
import Testing

/// The activation timeouts that only hit vehicles without data (Stellantis,
/// Volvo Cars; Mercedes-Benz, where reaching the vehicle counts as data),
/// and Stellantis approving only once data arrived.
@Suite struct WithoutDataTimerTests {
  static let vin = "TIMERTESTVIN00001"

  @Test(arguments: ["Stellantis", "Volvo Cars", "Mercedes-Benz"])
  func dataReceivedStopsTheTimeout(_ group: String) throws {
    let adapter = Shipped.adapter(group: group)
    let host = try HostProcess(only: adapter)
    try Fleet.add(host, [Fleet.taggedVehicle(Self.vin, brand: adapter.brands[0])])
    _ = try Fleet.advance(host, seconds: 3600)
    #expect(try Fleet.report(host, Self.vin, "data_received")["status"] == "pending")
    #expect(try Fleet.advance(host, seconds: 30 * Fleet.day)["fired"] == 0)
    #expect(try Fleet.get(host, Self.vin)["status"] == "pending")
    #expect(try Fleet.report(host, Self.vin, "activation_succeeded")["status"] == "approved")
  }

  @Test func stellantisWaitingForDataStillTimesOutTenDaysAfterTheAdd() throws {
    let host = try HostProcess(only: Shipped.adapter(group: "Stellantis"))
    try Fleet.add(host, [Fleet.taggedVehicle(Self.vin, brand: "jeep")])
    _ = try Fleet.advance(host, seconds: 2 * Fleet.day)
    #expect(try Fleet.report(host, Self.vin, "activation_succeeded")["reason"] == "no data received")
    #expect(try Fleet.advance(host, seconds: 8 * Fleet.day - 1)["fired"] == 0)
    #expect(try Fleet.advance(host, seconds: 1)["fired"] == 1)
    let rejected = try Fleet.get(host, Self.vin)
    #expect(rejected["updated_at"] == .string(Fleet.instant(10 * Fleet.day)))
    #expect(
      Fleet.changelog(rejected) == ["pending", "pending: no data received", "rejected: activation timeout: no data"])
  }

  /// Regression: a re-add moves the timeout later while the first add's
  /// entry is still queued. A clock that stopped between the two due times
  /// dropped the stale entry without queuing the new one, and the clearance
  /// stayed pending for good.
  @Test func aTimeoutMovedLaterByAReAddFiresWhenTheClockStopsInBetween() throws {
    let host = try HostProcess(only: Shipped.adapter(group: "Stellantis"))
    try Fleet.add(host, [Fleet.taggedVehicle(Self.vin, brand: "peugeot")])
    _ = try Fleet.advance(host, seconds: Fleet.day)
    #expect(try Fleet.report(host, Self.vin, "activation_failed")["status"] == "rejected")
    try Fleet.add(host, [Fleet.taggedVehicle(Self.vin, brand: "peugeot")])
    #expect(try Fleet.get(host, Self.vin)["status"] == "pending")
    #expect(try Fleet.advance(host, seconds: 9 * Fleet.day)["fired"] == 0, "the first add's timeout is stale")
    #expect(try Fleet.advance(host, seconds: Fleet.day - 1)["fired"] == 0)
    #expect(try Fleet.advance(host, seconds: 1)["fired"] == 1, "ten days after the re-add")
    let rejected = try Fleet.get(host, Self.vin)
    #expect(rejected["updated_at"] == .string(Fleet.instant(11 * Fleet.day)))
    #expect(rejected["reason"] == "activation timeout: no data")
  }

  @Test func stellantisApprovesWhenDataFollowsTheActivation() throws {
    let host = try HostProcess(only: Shipped.adapter(group: "Stellantis"))
    try Fleet.add(host, [Fleet.taggedVehicle(Self.vin, brand: "fiat")])
    #expect(try Fleet.report(host, Self.vin, "activation_succeeded")["status"] == "pending")
    _ = try Fleet.advance(host, seconds: 3600)
    let approved = try Fleet.report(host, Self.vin, "data_received")
    #expect(approved["status"] == "approved")
    #expect(approved["approved_at"] == .string(Fleet.instant(3600)))
    #expect(Fleet.changelog(approved) == ["pending", "pending: no data received", "approved"])
  }

  @Test func volvoApprovesWithoutWaitingForData() throws {
    let host = try HostProcess(only: Shipped.adapter(group: "Volvo Cars"))
    try Fleet.add(host, [Fleet.taggedVehicle(Self.vin, brand: "volvo-cars")])
    #expect(try Fleet.report(host, Self.vin, "activation_succeeded")["status"] == "approved")
  }
}
