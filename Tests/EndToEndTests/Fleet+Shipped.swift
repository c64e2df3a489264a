import Foundation
import JSON

extension Fleet {
  /// The manual clock's start, 2026-01-01T00:00:00Z, in seconds since 1970.
  static let start = 1_767_225_600

  /// A vehicle of `brand` with the tags its group requires.
  static func taggedVehicle(_ vin: String, brand: String) -> JSON {
    vehicle(vin, brand, tags: Shipped.adapter(brand: brand).requiredTags)
  }

  /// The RFC 3339 text the host writes for `seconds` after the clock's start.
  static func instant(_ seconds: Int) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(start + seconds)))
  }
}
