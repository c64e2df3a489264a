import JSON
import Testing

/// Short ways to say common things to the host in tests.
enum Fleet {
  static let day = 86_400

  static func vehicle(_ vin: String, _ brand: String, tags: [String: String] = [:]) -> JSON {
    var object = JSONObject()
    object["vin"] = .string(vin)
    object["brand"] = .string(brand)
    if !tags.isEmpty {
      var tagObject = JSONObject()
      for (key, value) in tags.sorted(by: { $0.key < $1.key }) { tagObject[key] = .string(value) }
      object["tags"] = .object(tagObject)
    }
    return .object(object)
  }

  /// A Volkswagen Group vehicle with its required customer name tag.
  static func vw(_ vin: String, brand: String = "volkswagen", extraTags: [String: String] = [:]) -> JSON {
    vehicle(vin, brand, tags: extraTags.merging(["vw-group-customer-name": "ACME Fleet"]) { a, _ in a })
  }

  /// Adds vehicles and returns the items.
  @discardableResult
  static func add(_ host: HostProcess, _ vehicles: [JSON], sourceLocation: SourceLocation = #_sourceLocation) throws
    -> [JSON]
  {
    let result = try host.result("vehicles.add", ["vehicles": .array(vehicles)], sourceLocation: sourceLocation)
    return result["vehicles"]?.arrayValue ?? []
  }

  @discardableResult
  static func report(
    _ host: HostProcess, _ vin: String, _ event: String, detail: String? = nil, at: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> JSON {
    var params: JSONObject = JSONObject()
    params["vin"] = .string(vin)
    params["event"] = .string(event)
    if let detail { params["detail"] = .string(detail) }
    if let at { params["at"] = .string(at) }
    return try host.result("vehicles.report", .object(params), sourceLocation: sourceLocation)
  }

  static func get(_ host: HostProcess, _ vin: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> JSON
  {
    try host.result("vehicles.get", ["vin": .string(vin)], sourceLocation: sourceLocation)
  }

  static func advance(_ host: HostProcess, seconds: Int, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> JSON
  {
    try host.result("clock.advance", ["seconds": .number(JSONNumber(seconds))], sourceLocation: sourceLocation)
  }

  /// The changelog as (status, reason) pairs.
  static func changelog(_ clearance: JSON) -> [String] {
    (clearance["changelog"]?.arrayValue ?? []).map { entry in
      let status = entry["status"]?.stringValue ?? "?"
      return entry["reason"]?.stringValue.map { "\(status): \($0)" } ?? status
    }
  }
}
