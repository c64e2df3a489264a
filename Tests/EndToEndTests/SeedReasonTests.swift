import JSON
import Testing

/// Every row of the seed's reason tables, for every brand group it names:
/// a vehicle of the group is driven to that status and reason over the
/// host's pipes, with the group's real adapter.
@Suite struct SeedReasonTests {
  enum TimerStart: Sendable {
    case created
    /// The OEM event that sets the pending reason the timer waits in.
    case reasonSet(by: String, pendingReason: String)
  }

  enum Route: Sendable {
    /// The OEM event with this id, reported an hour after the add.
    case report(String)
    /// Activation reported before any data, for groups that approve only with data.
    case approveBeforeData
    /// The adapter refuses the add: the group's required tags are missing.
    case addWithoutRequiredTags
    /// The brand's timer; the due instant is checked to the second.
    case timer(afterDays: Int, from: TimerStart)
    /// The VIN added again while the revoke of its approved clearance runs.
    case addWhileRevoking
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var group: String
    var brand: String
    var kind: SeedTables.Kind
    var reason: String
    var route: Route

    init(_ group: String, _ brand: String, _ kind: SeedTables.Kind, _ reason: String, _ route: Route) {
      self.group = group
      self.brand = brand
      self.kind = kind
      self.reason = reason
      self.route = route
    }

    var status: String { kind == .pending ? "pending" : "rejected" }
    var testDescription: String { "\(group): \(kind.rawValue) \"\(reason)\" (\(brand))" }
  }

  static let otherProject = "VIN is assigned to a different app or project"
  static let fleetAssignment = "OEM fleet assignment failed"
  static let consent = "consent assignment missing"
  static let privacy = "privacy mode is enabled"
  static let noDataTimeout = "activation timeout: no data"

  static let groupCases: [Case] = [
    // Pending reasons
    Case("Ford", "ford", .pending, consent, .report("consent_missing")),
    Case("Stellantis", "citroen", .pending, "no data received", .approveBeforeData),
    Case("Volkswagen Group", "skoda", .pending, "no data received", .approveBeforeData),
    Case("Volkswagen Group", "volkswagen", .pending, privacy, .report("privacy_mode_enabled")),
    // Reject reasons
    Case("BMW Group", "mini", .reject, otherProject, .report("assigned_to_other_project")),
    Case("Toyota Group", "lexus", .reject, otherProject, .report("assigned_to_other_project")),
    Case("Volkswagen Group", "audi", .reject, otherProject, .report("assigned_to_other_project")),
    Case("Polestar", "polestar", .reject, otherProject, .report("assigned_to_other_project")),
    Case(
      "Ford", "ford", .reject, consent,
      .timer(afterDays: 10, from: .reasonSet(by: "consent_missing", pendingReason: consent))),
    Case("Tesla", "tesla", .reject, consent, .report("consent_rejected")),
    Case("Ford", "ford", .reject, "invalid OEM state: VIN revoke in progress", .addWhileRevoking),
    Case("Mercedes-Benz", "mercedes-benz", .reject, "VIN activation timeout", .timer(afterDays: 7, from: .created)),
    Case("Stellantis", "vauxhall", .reject, "telematics hardware error", .report("telematics_error")),
    Case("Renault Group", "dacia", .reject, "invalid OEM state", .report("invalid_oem_state")),
    Case("Volkswagen Group", "seat", .reject, fleetAssignment, .report("fleet_assignment_failed")),
    Case("Renault Group", "renault", .reject, fleetAssignment, .report("fleet_assignment_failed")),
    Case("Volvo Cars", "volvo-cars", .reject, fleetAssignment, .report("fleet_assignment_failed")),
    Case("Polestar", "polestar", .reject, fleetAssignment, .report("fleet_assignment_failed")),
    Case("Volkswagen Group", "cupra", .reject, "customer name tag missing", .addWithoutRequiredTags),
    Case(
      "Volkswagen Group", "skoda", .reject, privacy,
      .timer(afterDays: 15, from: .reasonSet(by: "privacy_mode_enabled", pendingReason: privacy))),
    Case("Volkswagen Group", "audi", .reject, "ineligible or constrained VIN", .report("vin_constrained")),
    Case("Volkswagen Group", "seat", .reject, "vehicle platform not supported", .report("platform_not_supported")),
    Case("Volkswagen Group", "cupra", .reject, "primary user enrolled", .report("primary_user_enrolled")),
    Case("Volkswagen Group", "volkswagen", .reject, "software version incompatible", .report("software_incompatible")),
    Case("Stellantis", "maserati", .reject, noDataTimeout, .timer(afterDays: 10, from: .created)),
    Case("Volvo Cars", "volvo-cars", .reject, noDataTimeout, .timer(afterDays: 10, from: .created)),
    Case("Kia", "kia", .reject, "in-vehicle connectivity settings are disabled", .report("connectivity_disabled")),
    Case("Kia", "kia", .reject, "VIN activation not allowed by OEM", .report("activation_not_allowed")),
  ]

  /// The standard event behind each global reject reason.
  static let globalEvents = [
    ("unspecified", "activation_failed"),
    ("invalid client configuration", "client_not_configured"),
    ("invalid VIN", "vin_unknown"),
    ("ineligible VIN", "vin_ineligible"),
    ("VIN is assigned to a different OEM fleet", "assigned_to_other_fleet"),
  ]

  /// The Global rows for every group, each through another of its brands.
  static let globalCases: [Case] = Shipped.adapters.flatMap { adapter in
    globalEvents.enumerated().map { index, pair in
      Case(adapter.group, adapter.brands[index % adapter.brands.count], .reject, pair.0, .report(pair.1))
    }
  }

  static let cases = groupCases + globalCases

  static let vin = "SEEDTESTVIN000001"

  @Test func everySeedRowHasExactlyOneCasePerGroup() {
    let allGroups = Shipped.adapters.map(\.group)
    let seedKeys = SeedTables.allRows.flatMap { row in
      (row.groups == SeedTables.global ? allGroups : row.groups).map { "\($0) | \(row.kind) | \(row.reason)" }
    }
    let caseKeys = Self.cases.map { "\($0.group) | \($0.kind) | \($0.reason)" }
    #expect(caseKeys.sorted() == seedKeys.sorted())
    for row in Self.cases {
      #expect(Shipped.adapter(brand: row.brand).group == row.group, "\(row.brand) is not of \(row.group)")
    }
  }

  @Test(arguments: cases)
  func drivesAVehicleToTheSeedsReason(_ row: Case) throws {
    let host = try HostProcess(only: Shipped.adapter(brand: row.brand))
    switch row.route {
    case .report(let event): try Self.report(event, row, host)
    case .approveBeforeData: try Self.approveBeforeData(row, host)
    case .addWithoutRequiredTags: try Self.addWithoutRequiredTags(row, host)
    case .timer(let days, let start): try Self.timer(afterDays: days, from: start, row, host)
    case .addWhileRevoking: try Self.addWhileRevoking(row, host)
    }
  }

  static func report(_ event: String, _ row: Case, _ host: HostProcess) throws {
    try Fleet.add(host, [Fleet.taggedVehicle(vin, brand: row.brand)])
    _ = try Fleet.advance(host, seconds: 3600)
    let answer = try Fleet.report(host, vin, event)
    #expect(answer["status"] == .string(row.status))
    #expect(answer["reason"] == .string(row.reason))
    let stored = try Fleet.get(host, vin)
    #expect(stored == answer, "the report answers with the stored clearance")
    #expect(Fleet.changelog(stored) == ["pending", "\(row.status): \(row.reason)"])
    #expect(stored["changelog"]?.arrayValue?.last?["timestamp"] == .string(Fleet.instant(3600)))
  }

  static func approveBeforeData(_ row: Case, _ host: HostProcess) throws {
    try Fleet.add(host, [Fleet.taggedVehicle(vin, brand: row.brand)])
    let answer = try Fleet.report(host, vin, "activation_succeeded")
    #expect(answer["status"] == "pending")
    #expect(answer["reason"] == .string(row.reason))
    #expect(answer["approved_at"] == nil)
    #expect(Fleet.changelog(try Fleet.get(host, vin)) == ["pending", "pending: \(row.reason)"])
  }

  static func addWithoutRequiredTags(_ row: Case, _ host: HostProcess) throws {
    #expect(!Shipped.adapter(brand: row.brand).requiredTags.isEmpty, "the group requires tags")
    let items = try Fleet.add(host, [Fleet.vehicle(vin, row.brand)])
    #expect(items.first?["status"] == .string(row.status))
    #expect(items.first?["reason"] == .string(row.reason))
    let stored = try Fleet.get(host, vin)
    #expect(stored["status"] == .string(row.status))
    #expect(Fleet.changelog(stored) == ["\(row.status): \(row.reason)"])
  }

  /// The timer is due exactly `days` after its start: one second before,
  /// the clearance still waits; at the due instant it is rejected, and the
  /// entry carries that instant.
  static func timer(afterDays days: Int, from start: TimerStart, _ row: Case, _ host: HostProcess) throws {
    try Fleet.add(host, [Fleet.taggedVehicle(vin, brand: row.brand)])
    var waiting = ["pending"]
    var startSeconds = 0
    var now = 0
    if case .reasonSet(let event, let pendingReason) = start {
      // Reported a day late with the OEM's time: the timer counts from `at`.
      now = try advance(host, from: now, to: Fleet.day)
      startSeconds = 6 * 3600
      let answer = try Fleet.report(host, vin, event, at: Fleet.instant(startSeconds))
      #expect(answer["reason"] == .string(pendingReason))
      waiting.append("pending: \(pendingReason)")
    }
    let due = startSeconds + days * Fleet.day
    now = try advance(host, from: now, to: due - 1, expectFired: 0)
    let before = try Fleet.get(host, vin)
    #expect(before["status"] == "pending", "one second before the due instant")
    #expect(Fleet.changelog(before) == waiting)

    _ = try advance(host, from: now, to: due, expectFired: 1)
    let after = try Fleet.get(host, vin)
    #expect(after["status"] == .string(row.status))
    #expect(after["reason"] == .string(row.reason))
    #expect(after["updated_at"] == .string(Fleet.instant(due)))
    #expect(Fleet.changelog(after) == waiting + ["\(row.status): \(row.reason)"])
  }

  static func addWhileRevoking(_ row: Case, _ host: HostProcess) throws {
    try Fleet.add(host, [Fleet.taggedVehicle(vin, brand: row.brand)])
    #expect(try Fleet.report(host, vin, "activation_succeeded")["status"] == "approved")
    #expect(try host.result("vehicles.delete", ["vin": .string(vin)])["status"] == "revoking")
    let revoking = try Fleet.get(host, vin)

    let items = try Fleet.add(host, [Fleet.taggedVehicle(vin, brand: row.brand)])
    let refused: JSON = [
      "vin": .string(vin), "brand": .string(row.brand), "status": "rejected", "reason": .string(row.reason),
    ]
    #expect(items == [refused])
    let stored = try Fleet.get(host, vin)
    #expect(stored == revoking, "the revoke goes on untouched")
    #expect(Fleet.changelog(stored) == ["pending", "approved", "revoking"])
  }

  /// Advances the manual clock from `now` to `target` seconds after its start.
  private static func advance(
    _ host: HostProcess, from now: Int, to target: Int, expectFired fired: Int? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Int {
    let result = try Fleet.advance(host, seconds: target - now, sourceLocation: sourceLocation)
    #expect(result["now"] == .string(Fleet.instant(target)), sourceLocation: sourceLocation)
    if let fired { #expect(result["fired"] == .number(JSONNumber(fired)), sourceLocation: sourceLocation) }
    return target
  }
}
