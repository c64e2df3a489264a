import ClearanceCore

/// Inputs the validator sends: ordinary ones, and garbage that a hostile
/// client could produce.
enum Samples {
  static let vin = "VIN0TESTVIN000000"
  static let otherVIN = "WVWZZZ1JZXW000001"

  /// Ordinary tag sets for a brand: none, its required tags filled in,
  /// and some unrelated ones.
  static func tagSets(for rules: BrandRules) -> [[Tag]] {
    [
      [],
      rules.requiredTags.map { Tag(key: $0, value: "Validator Fleet") },
      rules.requiredTags.map { Tag(key: $0, value: "Validator Fleet") } + [Tag(key: "cost-center", value: "42")],
    ]
  }

  static let invalidUTF8: [UInt8] = [0xFF, 0xFE, 0x80, 0xC3, 0x28, 0xED, 0xA0, 0x80]
  static let huge = [UInt8](repeating: UInt8(ascii: "A"), count: 1 << 20)

  /// Byte strings no well-behaved client sends, each with a name.
  static let garbage: [(name: String, bytes: [UInt8])] = [
    ("an empty string", []),
    ("a 1 MiB string", huge),
    ("invalid UTF-8", invalidUTF8),
    ("embedded NUL bytes", [0x41, 0x00, 0x42, 0x00]),
  ]

  static func clearance(brand: String, status: ClearanceStatus, reason: String?, dataReceived: Bool)
    -> Clearance
  {
    let time = Timestamp(secondsSinceEpoch: 1_767_225_600)
    return Clearance(
      vin: vin, brand: brand, tags: [], changelog: [ChangelogEntry(timestamp: time, status: status, reason: reason)],
      insertedAt: time, approvedAt: nil, dataReceived: dataReceived, activationReported: false)
  }
}
