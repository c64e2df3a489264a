import ClearanceCore
import JSON

/// Format 01 (FCJRNL01, FCSNAP01): each payload is one compact JSON object.
/// Times are seconds since the epoch; tags are [key, value] pairs to keep
/// their order. Kept to read data dirs an earlier release wrote; the
/// encoder stays only so that tests can build such data dirs.
enum JSONRecordCodec {
  typealias Record = RecordCodec.Record

  static func encode(_ record: Record) -> [UInt8] {
    var object = JSONObject()
    switch record {
    case .put(let clearance, let changes):
      object["put"] = encode(clearance)
      object["changes"] = .array(changes.map(encode))
    case .clock(let seconds):
      object["clock"] = .number(JSONNumber(seconds))
    case .history(let changes):
      object["history"] = .array(changes.map { encode($0.change) })
    case .end(let clearances, let changes):
      object["end"] = .array([.number(JSONNumber(clearances)), .number(JSONNumber(changes))])
    }
    var bytes: [UInt8] = []
    JSONWriter.write(.object(object), into: &bytes)
    return bytes
  }

  static func decode(_ payload: UnsafeRawBufferPointer) throws(StoreError) -> Record {
    let value: JSON
    do { value = try JSONParser.parse(Array(payload)) } catch {
      throw StoreError("record is not valid JSON (\(error.description))")
    }
    if let put = value["put"] {
      let changes = try (value["changes"]?.arrayValue ?? []).map { (item) throws(StoreError) in try change(item) }
      return .put(try clearance(put), changes)
    }
    if let seconds = value["clock"]?.int64Value { return .clock(seconds) }
    if let history = value["history"]?.arrayValue {
      return .history(try history.map { (item) throws(StoreError) in SnapshotChange(try change(item)) })
    }
    if let end = value["end"]?.arrayValue, end.count == 2, let clearances = end[0].int64Value,
      let changes = end[1].int64Value
    {
      return .end(clearances: Int(clearances), changes: Int(changes))
    }
    throw StoreError("record of an unknown kind")
  }

  private static func encode(_ clearance: Clearance) -> JSON {
    var object = JSONObject()
    object["vin"] = .string(clearance.vin)
    object["brand"] = .string(clearance.brand)
    object["tags"] = encode(clearance.tags)
    object["log"] = .array(
      clearance.changelog.map { entry in
        var fields: [JSON] = [.number(JSONNumber(entry.timestamp.secondsSinceEpoch)), .string(entry.status.rawValue)]
        if let reason = entry.reason { fields.append(.string(reason)) }
        return .array(fields)
      })
    object["inserted"] = .number(JSONNumber(clearance.insertedAt.secondsSinceEpoch))
    object["approved"] = clearance.approvedAt.map { .number(JSONNumber($0.secondsSinceEpoch)) } ?? .null
    object["data"] = .bool(clearance.dataReceived)
    object["activated"] = .bool(clearance.activationReported)
    return .object(object)
  }

  private static func encode(_ tags: [Tag]) -> JSON {
    .array(tags.map { .array([.string($0.key), .string($0.value)]) })
  }

  private static func encode(_ change: ChangeRecord) -> JSON {
    .array([
      .number(JSONNumber(change.seq)), .string(change.vin), .string(change.brand), .string(change.status.rawValue),
      change.previousStatus.map { .string($0.rawValue) } ?? .null, change.reason.map { .string($0) } ?? .null,
      .number(JSONNumber(change.timestamp.secondsSinceEpoch)), encode(change.tags),
    ])
  }

  private static func clearance(_ value: JSON) throws(StoreError) -> Clearance {
    guard let vin = value["vin"]?.stringValue, let brand = value["brand"]?.stringValue,
      let inserted = value["inserted"]?.int64Value, let log = value["log"]?.arrayValue, !log.isEmpty
    else { throw StoreError("clearance record misses a field") }
    var changelog: [ChangelogEntry] = []
    for item in log {
      guard let fields = item.arrayValue, fields.count >= 2, let time = fields[0].int64Value,
        let status = fields[1].stringValue.flatMap(ClearanceStatus.init(rawValue:))
      else { throw StoreError("changelog entry of \(vin) is malformed") }
      changelog.append(
        ChangelogEntry(
          timestamp: Timestamp(secondsSinceEpoch: time), status: status,
          reason: fields.count > 2 ? fields[2].stringValue : nil))
    }
    return Clearance(
      vin: vin, brand: brand, tags: try tags(value["tags"]), changelog: changelog,
      insertedAt: Timestamp(secondsSinceEpoch: inserted),
      approvedAt: value["approved"]?.int64Value.map { Timestamp(secondsSinceEpoch: $0) },
      dataReceived: value["data"]?.boolValue ?? false, activationReported: value["activated"]?.boolValue ?? false)
  }

  private static func tags(_ value: JSON?) throws(StoreError) -> [Tag] {
    var tags: [Tag] = []
    for pair in value?.arrayValue ?? [] {
      guard let fields = pair.arrayValue, fields.count == 2, let key = fields[0].stringValue,
        let tagValue = fields[1].stringValue
      else { throw StoreError("tag pair is malformed") }
      tags.append(Tag(key: key, value: tagValue))
    }
    return tags
  }

  private static func change(_ value: JSON) throws(StoreError) -> ChangeRecord {
    guard let fields = value.arrayValue, fields.count == 8, let seq = fields[0].int64Value,
      let vin = fields[1].stringValue, let brand = fields[2].stringValue,
      let status = fields[3].stringValue.flatMap(ClearanceStatus.init(rawValue:)),
      let time = fields[6].int64Value
    else { throw StoreError("change record is malformed") }
    return ChangeRecord(
      seq: seq, vin: vin, brand: brand, status: status,
      previousStatus: fields[4].stringValue.flatMap(ClearanceStatus.init(rawValue:)), reason: fields[5].stringValue,
      timestamp: Timestamp(secondsSinceEpoch: time), tags: try tags(fields[7]))
  }
}
