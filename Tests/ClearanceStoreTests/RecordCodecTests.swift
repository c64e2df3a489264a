import ClearanceCore
import TestSupport
import Testing

@testable import ClearanceStore

/// Format 02 payloads: every record kind round-trips, and damaged bytes
/// are refused with a StoreError, never a trap.
@Suite struct RecordCodecTests {
  static let time = Timestamp(secondsSinceEpoch: 1_767_225_600)

  static let unicodeTags = [
    ClearanceCore.Tag(key: "customer", value: "ACME Fleet Services"),
    ClearanceCore.Tag(key: "región", value: "Köln – Süd 🚗"),
    ClearanceCore.Tag(key: "", value: ""), ClearanceCore.Tag(key: "汽车", value: String(repeating: "é", count: 300)),
  ]

  static let rich = Clearance(
    vin: "WVWZZZ1JZXW000001", brand: "volkswagen", tags: unicodeTags,
    changelog: [
      ChangelogEntry(timestamp: time, status: .pending),
      ChangelogEntry(timestamp: time.adding(seconds: 60), status: .pending, reason: "privacy mode is enabled"),
      ChangelogEntry(timestamp: time.adding(seconds: 120), status: .approved, reason: ""),
    ], insertedAt: time, approvedAt: time.adding(seconds: 120), dataReceived: true, activationReported: true)

  static let bare = Clearance(
    vin: "", brand: "", tags: [],
    changelog: [ChangelogEntry(timestamp: Timestamp(secondsSinceEpoch: -1), status: .error)],
    insertedAt: Timestamp(secondsSinceEpoch: .min), approvedAt: nil, dataReceived: false, activationReported: false)

  static let manyTags = Clearance(
    vin: "KNA00000000000001", brand: "kia",
    tags: (0..<1_000).map { ClearanceCore.Tag(key: "key \($0)", value: "value \($0)") },
    changelog: [ChangelogEntry(timestamp: time, status: .pending)], insertedAt: time, approvedAt: nil,
    dataReceived: false, activationReported: true)

  static func change(_ seq: Int64, status: ClearanceStatus, previous: ClearanceStatus?, reason: String?) -> ChangeRecord
  {
    ChangeRecord(
      seq: seq, vin: "WVWZZZ1JZXW000001", brand: "volkswagen", status: status, previousStatus: previous,
      reason: reason, timestamp: time.adding(seconds: seq), tags: seq % 2 == 0 ? unicodeTags : [])
  }

  /// Every status as status and as previous status, with and without reasons.
  static let changes: [ChangeRecord] = ClearanceStatus.allCases.enumerated().flatMap { index, status in
    [
      change(Int64(index * 2 + 1), status: status, previous: nil, reason: nil),
      change(
        Int64(index * 2 + 2), status: status, previous: ClearanceStatus.allCases.reversed()[index],
        reason: "reason ✓ \(index)"),
    ]
  }

  /// A change of a snapshot's history that names its clearance by put:
  /// the VIN is not written, so it decodes empty.
  static func byPut(_ put: Int, _ change: ChangeRecord) -> SnapshotChange {
    var change = change
    change.vin = ""
    return SnapshotChange(put: put, change: change)
  }

  static let records: [RecordCodec.Record] = [
    .put(rich, changes), .put(bare, []),
    .put(manyTags, [change(Int64.max, status: .pending, previous: nil, reason: nil)]),
    .clock(1_767_225_600), .clock(0), .clock(-86_400), .clock(.max), .clock(.min),
    .history(changes.map(SnapshotChange.init)), .history([]),
    .history((1...500).map { byPut(Int($0), change($0, status: .approved, previous: .pending, reason: nil)) }),
    .history([byPut(Int.max, changes[1]), SnapshotChange(changes[2]), byPut(1, changes[3])]),
    .end(clearances: 0, changes: 0), .end(clearances: 1_000_000, changes: 2_000_000),
  ]

  @Test(arguments: records.indices) func everyRecordRoundTrips(index: Int) throws {
    let record = Self.records[index]
    let payload = RecordCodec.encode(record)
    #expect(try RecordCodec.decode(payload) == record)
  }

  @Test func kindsAndFieldsSitWhereTheDocsSay() {
    #expect(RecordCodec.encode(.clock(1)) == [2, 1, 0, 0, 0, 0, 0, 0, 0])
    #expect(RecordCodec.encode(.end(clearances: 300, changes: 1)) == [4, 0xAC, 0x02, 1])
    #expect(RecordCodec.encode(.history([])) == [3, 0])
    let change = ChangeRecord(
      seq: 300, vin: "KNA00000000000001", brand: "kia", status: .approved, previousStatus: .pending, reason: nil,
      timestamp: Timestamp(secondsSinceEpoch: 1), tags: [])
    // kind, count 1; seq 300, put 2 (no VIN), brand "kia", approved, previously pending, no reason, time 1, no tags
    let fields: [UInt8] = [3, 0x6B, 0x69, 0x61, 2, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]
    #expect(RecordCodec.encode(.history([Self.byPut(2, change)])) == [3, 1, 0xAC, 0x02, 2] + fields)
    // put 0: the VIN follows
    #expect(
      RecordCodec.encode(.history([SnapshotChange(change)]))
        == [3, 1, 0xAC, 0x02, 0, 17] + Array("KNA00000000000001".utf8) + fields)
    let put = RecordCodec.encode(.put(Self.bare, []))
    // kind, vin "", brand "", no tags, one entry: time -1, status error (8), no reason; inserted, flags 0, no changes
    #expect(put == [1, 0, 0, 0, 1] + [UInt8](repeating: 0xFF, count: 8) + [8, 0] + [0, 0, 0, 0, 0, 0, 0, 0x80, 0, 0])
  }

  @Test func aPayloadCutShortAnywhereIsRefused() {
    var accepted: [String] = []
    var cuts = 0
    for (index, record) in Self.records.enumerated() {
      let payload = RecordCodec.encode(record)
      // Every cut of small payloads; of large ones (a thousand tags) the ends and a sample between.
      let lengths = (0..<payload.count).filter { $0 < 600 || payload.count - $0 < 600 || $0 % 101 == 0 }
      for length in lengths {
        cuts += 1
        if (try? RecordCodec.decode(Array(payload[0..<length]))) != nil {
          accepted.append("record \(index) cut at \(length)")
        }
      }
    }
    #expect(accepted.isEmpty)
    #expect(cuts > 5_000)
  }

  /// Recovery decodes with a cache that hands out repeated tag sets and
  /// reasons again: what it decodes must equal what plain decoding does,
  /// also when a value differs from a cached one in a single byte, and when
  /// more distinct values come than the cache holds.
  @Test func decodingWithACacheGivesTheSameRecords() throws {
    let reasons = ["a reason longer than fifteen bytes", "a reason longer than fifteen bytez", "short", ""]
    var records = Self.records
    for number in 0..<40 {
      let tags = [ClearanceCore.Tag(key: "customer", value: "ACME Fleet Services \(number % 11)")]
      let clearance = Clearance(
        vin: "KNA000000000000\(number % 10)\(number / 10)", brand: "kia", tags: number % 3 == 0 ? [] : tags,
        changelog: [
          ChangelogEntry(timestamp: Self.time, status: .pending),
          ChangelogEntry(timestamp: Self.time, status: .rejected, reason: reasons[number % reasons.count]),
        ], insertedAt: Self.time, approvedAt: nil, dataReceived: false, activationReported: false)
      let own = ChangeRecord(
        seq: Int64(number + 1), vin: clearance.vin, brand: "kia", status: .rejected, previousStatus: .pending,
        reason: reasons[number % reasons.count], timestamp: Self.time, tags: clearance.tags)
      // The VIN and tags of a change differ from its clearance's in one byte.
      var other = own
      other.vin = String(clearance.vin.dropLast()) + "X"
      other.tags = [ClearanceCore.Tag(key: "customer", value: "ACME Fleet Services \(number % 11)!")]
      records.append(.put(clearance, [own, other]))
      records.append(.history([SnapshotChange(own), SnapshotChange(other), Self.byPut(number + 1, own)]))
    }
    let cache = DecodeCache()
    for record in records + records {
      let payload = RecordCodec.encode(record)
      #expect(try RecordCodec.decode(payload, cache: cache) == record)
    }
  }

  @Test func aCutPayloadIsRefusedWithAWarmCacheToo() {
    let cache = DecodeCache()
    for record in Self.records { _ = try? RecordCodec.decode(RecordCodec.encode(record), cache: cache) }
    var accepted: [String] = []
    for (index, record) in Self.records.enumerated() {
      let payload = RecordCodec.encode(record)
      for length in 0..<min(payload.count, 700)
      where (try? RecordCodec.decode(Array(payload[0..<length]), cache: cache)) != nil {
        accepted.append("record \(index) cut at \(length)")
      }
    }
    #expect(accepted.isEmpty)
  }

  @Test func bytesAfterTheRecordAreRefused() {
    #expect {
      try RecordCodec.decode(RecordCodec.encode(.clock(5)) + [0])
    } throws: { "\($0)".contains("1 bytes follow the end of the record") }
  }

  @Test func damagedFieldsAreRefusedWithAReason() {
    func refusal(_ payload: [UInt8]) -> String {
      do {
        _ = try RecordCodec.decode(payload)
        return "accepted"
      } catch { return error.description }
    }
    #expect(refusal([]).contains("ends early"))
    #expect(refusal([9]).contains("unknown kind (9)"))
    #expect(refusal([0]).contains("unknown kind (0)"))
    // An end record whose count takes eleven bytes.
    #expect(refusal([4] + [UInt8](repeating: 0xFF, count: 10) + [1, 0]).contains("too large"))
    // A count above Int64.max.
    #expect(refusal([4, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01, 0]).contains("too large"))
    // A history of a billion changes in a few bytes.
    #expect(refusal([3, 0x80, 0x94, 0xEB, 0xDC, 0x03]).contains("does not fit"))
    let put = RecordCodec.encode(.put(Self.bare, []))
    var emptyLog = put
    emptyLog[4] = 0
    #expect(refusal(Array(emptyLog[0..<5]) + [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]).contains("empty changelog"))
    var badStatus = put
    badStatus[13] = 9
    #expect(refusal(badStatus).contains("status code of 9"))
    badStatus[13] = 0
    #expect(refusal(badStatus).contains("status code of 0"))
    var badFlags = put
    badFlags[put.count - 2] = 8
    #expect(refusal(badFlags).contains("unknown flags"))
    var badUTF8 = RecordCodec.encode(.put(Self.rich, []))
    badUTF8[2] = 0xC3  // the VIN's first byte becomes a lead byte followed by ASCII
    #expect(refusal(badUTF8).contains("not valid UTF-8"))
  }

  /// Random damage (what slips past a checksum by design in these tests)
  /// either decodes to something or is refused; it never traps.
  @Test func randomDamageNeverTraps() {
    var random = SeededRandom(seed: 0x5EED)
    let payloads = Self.records.map(RecordCodec.encode)
    var refused = 0
    for round in 0..<20_000 {
      var payload = payloads[round % payloads.count]
      for _ in 0...(round % 4) where !payload.isEmpty {
        let index = Int(random.next() % UInt64(payload.count))
        payload[index] = UInt8(truncatingIfNeeded: random.next())
      }
      if (try? RecordCodec.decode(payload)) == nil { refused += 1 }
    }
    #expect(refused > 1_000, "most damage is noticed: \(refused)")
  }
}

@Suite struct CRC32CTests {
  @Test func theCheckValueIsTheCastagnoliOne() {
    #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
    #expect(CRC32C.portableChecksum(Array("123456789".utf8)) == 0xE306_9283)
    #expect(CRC32C.checksum([]) == 0)
  }

  /// The hardware path (where the CPU has one) and the tables agree on
  /// every length and alignment.
  @Test func bothPathsAgree() {
    var random = SeededRandom(seed: 42)
    let bytes = (0..<4_096).map { _ in UInt8(truncatingIfNeeded: random.next()) }
    for start in 0..<9 {
      for length in [0, 1, 3, 7, 8, 9, 15, 16, 17, 63, 64, 100, 1_000, 4_000] {
        let slice = Array(bytes[start..<(start + length)])
        #expect(CRC32C.checksum(slice) == CRC32C.portableChecksum(slice), "start \(start), length \(length)")
      }
    }
  }
}
