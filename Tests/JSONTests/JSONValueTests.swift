import JSON
import Testing

@Suite struct JSONObjectTests {
  @Test func subscriptSetReplaceAndRemove() {
    var object = JSONObject()
    #expect(object.isEmpty)
    object["b"] = 1
    object["a"] = 2
    object["b"] = 3
    #expect(object.keys == ["b", "a"])
    #expect(object["b"] == 3)
    #expect(object.count == 2)
    object["b"] = nil
    #expect(object.keys == ["a"])
    object["missing"] = nil
    #expect(object.count == 1)
    #expect(!object.isEmpty)
  }

  @Test func pairsInitializerLastDuplicateWins() {
    let object = JSONObject([("x", 1), ("y", 2), ("x", 3)])
    #expect(object.keys == ["x", "y"])
    #expect(object["x"] == 3)
  }

  @Test func iterationFollowsStoredOrder() {
    let object = JSONObject([("c", 1), ("a", 2), ("b", 3)])
    var seen: [String] = []
    for (key, value) in object {
      seen.append(key)
      #expect(object[key] == value)
    }
    #expect(seen == ["c", "a", "b"])
    #expect(object.map(\.key) == ["c", "a", "b"])
  }

  @Test func largeObjectsStayConsistent() {
    var object = JSONObject()
    for n in 0..<200 { object["k\(n)"] = .number(JSONNumber(n)) }
    for n in stride(from: 0, to: 200, by: 2) { object["k\(n)"] = nil }
    #expect(object.count == 100)
    #expect(object["k1"] == 1)
    #expect(object["k2"] == nil)
    #expect(object["k199"] == 199)
    object["k1"] = "changed"
    #expect(object.keys.first == "k1")
    #expect(object["k1"] == "changed")
    for n in stride(from: 1, to: 190, by: 2) { object["k\(n)"] = nil }
    #expect(object.keys == ["k191", "k193", "k195", "k197", "k199"])
    #expect(object["k197"] == 197)
  }

  @Test func equalityIgnoresOrderAndHashAgrees() {
    let a = JSONObject([("x", 1), ("y", [true])])
    let b = JSONObject([("y", [true]), ("x", 1)])
    #expect(a == b)
    #expect(a.hashValue == b.hashValue)
    #expect(JSON.object(a) == JSON.object(b))
    #expect(Set([JSON.object(a), JSON.object(b)]).count == 1)
    #expect(a != JSONObject([("x", 1)]))
    #expect(a != JSONObject([("x", 1), ("y", [false])]))
    #expect(a != JSONObject([("x", 1), ("z", [true])]))
  }

  @Test func keysAreByteExact() {
    var object = JSONObject()
    object["\u{E9}"] = 1
    object["e\u{301}"] = 2
    #expect(object.count == 2)
    #expect(object["\u{E9}"] == 1)
    #expect(object["e\u{301}"] == 2)
    // Same in objects large enough to use the hashed index.
    for n in 0..<40 { object["k\(n)"] = nil }
    for n in 0..<40 { object["k\(n)"] = .number(JSONNumber(n)) }
    object["\u{E9}"] = 3
    #expect(object.count == 42)
    #expect(object["\u{E9}"] == 3)
    #expect(object["e\u{301}"] == 2)
    let reordered = JSONObject(object.reversed().map { ($0.key, $0.value) })
    #expect(reordered == object)
    #expect(reordered.hashValue == object.hashValue)
  }
}

@Suite struct JSONAccessorTests {
  let value: JSON = [
    "s": "text", "b": true, "i": 42, "d": 2.5, "a": [1], "o": ["k": nil], "n": nil,
  ]

  @Test func accessorsMatchTheirType() {
    #expect(value["s"]?.stringValue == "text")
    #expect(value["b"]?.boolValue == true)
    #expect(value["i"]?.int64Value == 42)
    #expect(value["i"]?.doubleValue == 42)
    #expect(value["d"]?.doubleValue == 2.5)
    #expect(value["d"]?.int64Value == nil)
    #expect(value["a"]?.arrayValue == [1])
    #expect(value["o"]?.objectValue?["k"] == .null)
    #expect(value["o"]?["k"]?.isNull == true)
    #expect(value["n"]?.isNull == true)
    #expect(value["missing"] == nil)
  }

  @Test func accessorsReturnNilOnMismatch() {
    let string: JSON = "5"
    #expect(string.int64Value == nil)
    #expect(string.boolValue == nil)
    #expect(string.arrayValue == nil)
    #expect(string.objectValue == nil)
    #expect(string["k"] == nil)
    #expect(!string.isNull)
    #expect(JSON.number(JSONNumber(1)).stringValue == nil)
    #expect(JSON.array([]).doubleValue == nil)
  }

  @Test func typeNames() {
    #expect(JSON.null.typeName == "null")
    #expect(JSON.bool(true).typeName == "boolean")
    #expect(JSON.number(JSONNumber(1)).typeName == "number")
    #expect(JSON.string("").typeName == "string")
    #expect(JSON.array([]).typeName == "array")
    #expect(JSON.object(JSONObject()).typeName == "object")
  }

  @Test func literals() {
    #expect(("x" as JSON) == .string("x"))
    #expect((3 as JSON) == .number(JSONNumber(text: "3")!))
    #expect((1.25 as JSON) == .number(JSONNumber(text: "1.25")!))
    #expect((true as JSON) == .bool(true))
    #expect((nil as JSON) == .null)
    #expect(([1, "a"] as JSON) == .array([.number(JSONNumber(1)), .string("a")]))
    #expect((["k": 1, "k": 2] as JSON)["k"] == 2)
  }

  @Test func numbersCompareByText() {
    #expect(JSONNumber(text: "1.0") != JSONNumber(text: "1"))
    #expect(JSONNumber(text: "1.0")?.int64 == JSONNumber(text: "1")?.int64)
  }
}
