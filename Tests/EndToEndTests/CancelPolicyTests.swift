import JSON
import Testing

/// `vehicles.delete` on a pending clearance, for every shipped brand.
@Suite struct CancelPolicyTests {
  /// The seed's list of brands that support clearance cancelation.
  static let cancelable: Set<String> = [
    "alfaromeo", "citroen", "ds", "fiat", "jeep", "maserati", "opel", "peugeot", "vauxhall",
    "mercedes-benz",
    "volkswagen", "audi", "skoda", "seat", "cupra",
  ]

  static let vin = "CANCELTESTVIN0001"

  @Test func theSeedsBrandsAreShipped() {
    #expect(Self.cancelable.isSubset(of: Shipped.brands))
    #expect(Shipped.brands.count == 26)
  }

  @Test(arguments: Shipped.brands)
  func cancelOnlyWhereTheSeedAllowsIt(_ brand: String) throws {
    let host = try HostProcess(only: Shipped.adapter(brand: brand))
    try Fleet.add(host, [Fleet.taggedVehicle(Self.vin, brand: brand)])
    if Self.cancelable.contains(brand) {
      _ = try Fleet.advance(host, seconds: Fleet.day - 1)
      #expect(try host.error("vehicles.delete", ["vin": .string(Self.vin)])["code"] == -32004, "too early")
      _ = try Fleet.advance(host, seconds: 1)
      #expect(try host.result("vehicles.delete", ["vin": .string(Self.vin)])["status"] == "canceling")
      let canceled = try Fleet.report(host, Self.vin, "cancel_confirmed")
      #expect(canceled["status"] == "canceled")
      #expect(Fleet.changelog(canceled) == ["pending", "canceling", "canceled"])
    } else {
      _ = try Fleet.advance(host, seconds: 2 * Fleet.day)
      let refused = try host.error("vehicles.delete", ["vin": .string(Self.vin)])
      #expect(refused["code"] == -32003)
      #expect(refused["data"]?["detail"] == "cancellation is not supported for this vin")
      let stored = try Fleet.get(host, Self.vin)
      #expect(stored["status"] == "pending")
      #expect(Fleet.changelog(stored) == ["pending"])
    }
  }
}
