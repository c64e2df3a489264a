import ClearanceCore
import ClearanceStore
import JSON
import JSONRPC

/// `vehicles.list`'s filter: the REST API's `field: {operator, value}`
/// syntax, compiled into a predicate and the narrowest index to scan.
struct ListFilter {
  private(set) var predicates: [(Clearance) -> Bool] = []
  private(set) var scope: ListScope = .all

  func matches(_ clearance: Clearance) -> Bool {
    predicates.allSatisfy { $0(clearance) }
  }

  init(_ value: JSON?) throws(RPCError) {
    guard let value, !value.isNull else { return }
    guard case .object(let fields) = value else {
      throw .invalidParams(
        "filter must be an object of field: {operator, value}, got \(value.typeName)", source: "filter")
    }
    for (field, conditionValue) in fields {
      let conditions: [JSON]
      if case .array(let list) = conditionValue {
        guard !list.isEmpty else {
          throw .invalidParams("filter.\(field) is an empty array of conditions", source: "filter.\(field)")
        }
        conditions = list
      } else {
        conditions = [conditionValue]
      }
      for (index, condition) in conditions.enumerated() {
        let source =
          conditions.count > 1 || conditionValue.arrayValue != nil ? "filter.\(field)[\(index)]" : "filter.\(field)"
        try add(field: field, condition: condition, source: source)
      }
    }
  }

  /// The operators each field takes. Checked before the value, so that a
  /// bad operator is always reported as `.operator`.
  static let operators: [String: [String]] = [
    "vin": ["eq", "in"], "status": ["eq", "in"], "brand": ["eq", "in"], "tags": ["eq", "contains"],
    "inserted_at": timeOperators, "updated_at": timeOperators, "approved_at": timeOperators,
  ]
  private static let timeOperators = ["eq", "lt", "gt", "lte", "gte"]

  private mutating func add(field: String, condition: JSON, source: String) throws(RPCError) {
    guard let allowed = Self.operators[field] else {
      throw .invalidParams(
        "cannot filter on \"\(field)\"; the fields are vin, status, brand, tags, inserted_at, approved_at and updated_at",
        source: source)
    }
    guard case .object(let object) = condition else {
      throw .invalidParams("\(source) must be an object {operator, value}, got \(condition.typeName)", source: source)
    }
    guard case .string(let op)? = object["operator"] else {
      throw .invalidParams("\(source).operator is missing or not a string", source: "\(source).operator")
    }
    guard allowed.contains(op) else {
      let list = allowed.dropLast().joined(separator: ", ") + " and " + allowed.last!
      throw .invalidParams("\(field) takes the operators \(list), not \"\(op)\"", source: "\(source).operator")
    }
    guard let value = object["value"] else {
      throw .invalidParams("\(source).value is missing", source: "\(source).value")
    }
    let valueSource = "\(source).value"
    switch field {
    case "vin":
      let vins = try Self.strings(op, value, source: valueSource).map { InputChecks.normalizedVIN($0) ?? "" }
      let set = Set(vins)
      predicates.append { set.contains($0.vin) }
      scope = .vins(vins.filter { !$0.isEmpty })
    case "status":
      let names = try Self.strings(op, value, source: valueSource)
      var statuses: [ClearanceStatus] = []
      for name in names {
        guard let status = ClearanceStatus(rawValue: name) else {
          throw .invalidParams(
            "\"\(name)\" is not a status; use one of \(ClearanceStatus.allCases.map(\.rawValue).joined(separator: ", "))",
            source: valueSource)
        }
        statuses.append(status)
      }
      let set = Set(statuses)
      predicates.append { set.contains($0.status) }
      if case .vins = scope {} else { scope = .statuses(statuses) }
    case "brand":
      let brands = Set(try Self.strings(op, value, source: valueSource))
      predicates.append { brands.contains($0.brand) }
      if case .all = scope { scope = .brands(Array(brands)) }
    case "tags":
      guard case .object(let object) = value else {
        throw .invalidParams("\(valueSource) must be an object of strings", source: valueSource)
      }
      var wanted: [Tag] = []
      for (key, tagValue) in object {
        guard case .string(let text) = tagValue else {
          throw .invalidParams("\(valueSource).\(key) must be a string, got \(tagValue.typeName)", source: valueSource)
        }
        wanted.append(Tag(key: key, value: text))
      }
      if op == "eq" {
        let set = Set(wanted)
        predicates.append { Set($0.tags) == set }
      } else {
        predicates.append { clearance in wanted.allSatisfy { clearance.tags.contains($0) } }
      }
    default:
      guard case .string(let text) = value, let time = Timestamp(rfc3339: text) else {
        throw .invalidParams(
          "\(valueSource) must be an RFC 3339 time such as 2026-01-12T09:36:51Z", source: valueSource)
      }
      let compare: (Timestamp) -> Bool =
        switch op {
        case "eq": { $0 == time }
        case "lt": { $0 < time }
        case "gt": { $0 > time }
        case "lte": { $0 <= time }
        default: { $0 >= time }
        }
      let read: (Clearance) -> Timestamp? =
        switch field {
        case "inserted_at": { $0.insertedAt }
        case "updated_at": { $0.updatedAt }
        default: { $0.approvedAt }
        }
      predicates.append { read($0).map(compare) ?? false }
    }
  }

  /// The values of an `eq` (one string) or `in` (a non-empty array of
  /// strings) condition; `op` is one of the two.
  private static func strings(_ op: String, _ value: JSON, source: String) throws(RPCError) -> [String] {
    if op == "eq" {
      guard case .string(let text) = value else {
        throw .invalidParams("\(source) must be a string for eq, got \(value.typeName)", source: source)
      }
      return [text]
    }
    guard case .array(let items) = value, !items.isEmpty else {
      throw .invalidParams("\(source) must be a non-empty array of strings for in", source: source)
    }
    var texts: [String] = []
    for item in items {
      guard case .string(let text) = item else {
        throw .invalidParams("\(source) must hold strings only, got \(item.typeName)", source: source)
      }
      texts.append(text)
    }
    return texts
  }
}
