extension JSON {
  /// The member named `key` if this is an object, else `nil`.
  public subscript(key: String) -> JSON? {
    guard case .object(let object) = self else { return nil }
    return object[key]
  }

  public var stringValue: String? {
    guard case .string(let value) = self else { return nil }
    return value
  }

  public var boolValue: Bool? {
    guard case .bool(let value) = self else { return nil }
    return value
  }

  /// The number as an exact `Int64` (see `JSONNumber.int64`).
  public var int64Value: Int64? {
    guard case .number(let value) = self else { return nil }
    return value.int64
  }

  public var doubleValue: Double? {
    guard case .number(let value) = self else { return nil }
    return value.double
  }

  public var arrayValue: [JSON]? {
    guard case .array(let value) = self else { return nil }
    return value
  }

  public var objectValue: JSONObject? {
    guard case .object(let value) = self else { return nil }
    return value
  }

  public var isNull: Bool {
    if case .null = self { return true }
    return false
  }

  /// The JSON type name, for error messages.
  public var typeName: String {
    switch self {
    case .null: "null"
    case .bool: "boolean"
    case .number: "number"
    case .string: "string"
    case .array: "array"
    case .object: "object"
    }
  }
}
