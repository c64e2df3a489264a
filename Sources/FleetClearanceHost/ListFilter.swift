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

  private mutating func add(field: String, condition: JSON, source: String) throws(RPCError) {
    guard case .object(let object) = condition else {
      throw .invalidParams("\(source) must be an object {operator, value}, got \(condition.typeName)", source: source)
    }
    guard case .string(let op)? = object["operator"] else {
      throw .invalidParams("\(source).operator is missing or not a string", source: "\(source).operator")
    }
    guard let value = object["value"] else {
      throw .invalidParams("\(source).value is missing", source: "\(source).value")
    }
    let valueSource = "\(source).value"
    switch field {
    case "vin":
      let vins = try Self.strings(op, value, source: source).map { InputChecks.normalizedVIN($0) ?? "" }
      let set = Set(vins)
      predicates.append { set.contains($0.vin) }
      scope = .vins(vins.filter { !$0.isEmpty })
    case "status":
      let names = try Self.strings(op, value, source: source)
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
      let brands = Set(try Self.strings(op, value, source: source))
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
      switch op {
      case "eq":
        let set = Set(wanted)
        predicates.append { Set($0.tags) == set }
      case "contains":
        predicates.append { clearance in wanted.allSatisfy { clearance.tags.contains($0) } }
      default:
        throw .invalidParams("tags takes the operators eq and contains, not \"\(op)\"", source: "\(source).operator")
      }
    case "inserted_at", "updated_at", "approved_at":
      guard case .string(let text) = value, let time = Timestamp(rfc3339: text) else {
        throw .invalidParams(
          "\(valueSource) must be an RFC 3339 time such as 2026-01-12T09:36:51Z", source: valueSource)
      }
      let compare: (Timestamp) -> Bool
      switch op {
      case "eq": compare = { $0 == time }
      case "lt": compare = { $0 < time }
      case "gt": compare = { $0 > time }
      case "lte": compare = { $0 <= time }
      case "gte": compare = { $0 >= time }
      default:
        throw .invalidParams(
          "\(field) takes the operators eq, lt, gt, lte and gte, not \"\(op)\"", source: "\(source).operator")
      }
      let read: (Clearance) -> Timestamp? =
        switch field {
        case "inserted_at": { $0.insertedAt }
        case "updated_at": { $0.updatedAt }
        default: { $0.approvedAt }
        }
      predicates.append { read($0).map(compare) ?? false }
    default:
      throw .invalidParams(
        "cannot filter on \"\(field)\"; the fields are vin, status, brand, tags, inserted_at, approved_at and updated_at",
        source: source)
    }
  }

  /// The values of an `eq` (one string) or `in` (a non-empty array of strings) condition.
  private static func strings(_ op: String, _ value: JSON, source: String) throws(RPCError) -> [String] {
    switch op {
    case "eq":
      guard case .string(let text) = value else {
        throw .invalidParams(
          "\(source).value must be a string for eq, got \(value.typeName)", source: "\(source).value")
      }
      return [text]
    case "in":
      guard case .array(let items) = value, !items.isEmpty else {
        throw .invalidParams("\(source).value must be a non-empty array of strings for in", source: "\(source).value")
      }
      var texts: [String] = []
      for item in items {
        guard case .string(let text) = item else {
          throw .invalidParams(
            "\(source).value must hold strings only, got \(item.typeName)", source: "\(source).value")
        }
        texts.append(text)
      }
      return texts
    default:
      throw .invalidParams("this field takes the operators eq and in, not \"\(op)\"", source: "\(source).operator")
    }
  }
}
