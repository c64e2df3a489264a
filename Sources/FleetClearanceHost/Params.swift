import ClearanceCore
import JSON
import JSONRPC

/// Typed access to a request's params; every failure is a -32602 that names
/// the field in `data.source`.
struct Params {
  let object: JSONObject

  init(_ request: Request) throws(RPCError) {
    switch request.params {
    case nil: object = JSONObject()
    case .object(let object)?: self.object = object
    case let other?:
      throw .invalidParams(
        "params must be an object with named fields, got \(other.typeName)", source: "params")
    }
  }

  subscript(key: String) -> JSON? {
    guard let value = object[key] else { return nil }
    return value
  }

  func string(_ key: String) throws(RPCError) -> String {
    guard let value = object[key] else { throw .invalidParams("\(key) is missing", source: key) }
    guard case .string(let text) = value else {
      throw .invalidParams("\(key) must be a string, got \(value.typeName)", source: key)
    }
    return text
  }

  func optionalString(_ key: String) throws(RPCError) -> String? {
    guard let value = object[key], !value.isNull else { return nil }
    return try string(key)
  }

  func optionalBool(_ key: String) throws(RPCError) -> Bool? {
    guard let value = object[key], !value.isNull else { return nil }
    guard case .bool(let flag) = value else {
      throw .invalidParams("\(key) must be true or false, got \(value.typeName)", source: key)
    }
    return flag
  }

  /// An integer within `range`, or `defaultValue` when absent.
  func integer(_ key: String, in range: ClosedRange<Int64>, default defaultValue: Int64) throws(RPCError) -> Int64 {
    guard let value = object[key], !value.isNull else { return defaultValue }
    guard let number = value.int64Value else {
      throw .invalidParams(
        "\(key) must be a whole number, got \(value.typeName == "number" ? "a fraction or an out-of-range number" : value.typeName)",
        source: key)
    }
    guard range.contains(number) else {
      throw .invalidParams(
        "\(key) must be between \(range.lowerBound) and \(range.upperBound), got \(number)", source: key)
    }
    return number
  }

  /// A VIN parameter of a single-vehicle method: malformed is "not found",
  /// since no clearance can have it.
  func vin() throws(RPCError) -> String {
    let raw = try string("vin")
    guard let vin = InputChecks.normalizedVIN(raw) else {
      throw .notFound(
        "VIN \"\(raw)\" is malformed: a VIN is 17 letters and digits; no clearance can have it", source: "vin")
    }
    return vin
  }
}
