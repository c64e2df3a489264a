import Foundation
import JSON

/// codec: parse and re-encode the same request lines with the project's
/// codec and with Foundation's JSONSerialization.
extension Bench {
  static let codecRepeats = 3

  func codec() throws {
    let lines = (0..<options.size(200_000)).map { Array(Self.codecLine($0).utf8) }
    let bytes = lines.reduce(0) { $0 + $1.count }
    try Self.checkOwnRoundTrip(lines)
    try Self.checkFoundationRoundTrip(lines.prefix(1_000))
    let datas = lines.map { Data($0) }
    let own = try best { try Self.timeOwn(lines, encode: true) }
    let foundation = try best { try Self.timeFoundation(datas, encode: true) }
    let ownParse = try best { try Self.timeOwn(lines, encode: false) }
    let foundationParse = try best { try Self.timeFoundation(datas, encode: false) }
    let ownRate = Double(bytes) / own / 1e6
    let foundationRate = Double(bytes) / foundation / 1e6
    let ratio = ownRate / foundationRate
    record(
      Row(
        id: .codec,
        figure:
          "\(Format.number(ratio))× (\(Format.number(ownRate, places: 0)) / \(Format.number(foundationRate, places: 1)))",
        value: ratio))
    note(
      "codec: \(Format.grouped(lines.count)) lines of \(bytes / lines.count) bytes on average, parse + encode each, "
        + "best of \(Self.codecRepeats): own \(Format.number(Double(lines.count) / own, places: 0)) lines/s, "
        + "Foundation \(Format.number(Double(lines.count) / foundation, places: 0)) lines/s; parse alone: own "
        + "\(Format.number(Double(bytes) / ownParse / 1e6, places: 0)) MB/s, Foundation "
        + "\(Format.number(Double(bytes) / foundationParse / 1e6, places: 1)) MB/s "
        + "(\(Format.number(foundationParse / ownParse))×).")
  }

  private func best(_ run: () throws -> Double) throws -> Double {
    try (0..<Self.codecRepeats).map { _ in try run() }.min()!
  }

  /// About 150 bytes each: a backdated report, a one-vehicle add, a filtered list page.
  static func codecLine(_ k: Int) -> String {
    let vin = Requests.vin(k)
    switch k % 3 {
    case 0:
      return
        #"{"jsonrpc":"2.0","id":\#(k),"method":"vehicles.report","params":{"vin":"\#(vin)","event":"activation_succeeded","at":"2026-01-01T00:00:00Z"}}"#
    case 1:
      return
        #"{"jsonrpc":"2.0","id":\#(k),"method":"vehicles.add","params":{"vehicles":[{"vin":"\#(vin)","brand":"kia","tags":{"customer":"ACME Fleet Services"}}]}}"#
    default:
      return
        #"{"jsonrpc":"2.0","id":\#(k),"method":"vehicles.list","params":{"filter":{"status":{"operator":"eq","value":"approved"}},"cursor":"v1.\#(vin)"}}"#
    }
  }

  /// Seconds to parse every line, and with `encode` to write each value back.
  private static func timeOwn(_ lines: [[UInt8]], encode: Bool) throws -> Double {
    var output: [UInt8] = []
    output.reserveCapacity(4096)
    var written = 0
    let start = Monotonic.nanoseconds()
    for line in lines {
      let value = try JSONParser.parse(line)
      if encode {
        output.removeAll(keepingCapacity: true)
        JSONWriter.write(value, into: &output)
        written += output.count
      } else if case .object(let object) = value {
        written += object.count
      }
    }
    let seconds = Monotonic.seconds(since: start)
    guard written > 0 else { throw BenchError("codec: the own codec wrote nothing") }
    return seconds
  }

  private static func timeFoundation(_ lines: [Data], encode: Bool) throws -> Double {
    var written = 0
    let start = Monotonic.nanoseconds()
    for line in lines {
      let value = try JSONSerialization.jsonObject(with: line)
      if encode {
        written += try JSONSerialization.data(withJSONObject: value).count
      } else if let object = value as? [String: Any] {
        written += object.count
      }
    }
    let seconds = Monotonic.seconds(since: start)
    guard written > 0 else { throw BenchError("codec: Foundation wrote nothing") }
    return seconds
  }

  /// Compact input in, the same bytes out.
  private static func checkOwnRoundTrip(_ lines: [[UInt8]]) throws {
    for line in lines {
      var output: [UInt8] = []
      JSONWriter.write(try JSONParser.parse(line), into: &output)
      guard output == line else {
        throw BenchError("codec: the own codec changed \(String(decoding: line, as: UTF8.self))")
      }
    }
  }

  /// Foundation may reorder keys; the value must stay the same.
  private static func checkFoundationRoundTrip(_ lines: ArraySlice<[UInt8]>) throws {
    for line in lines {
      let output = try JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(with: Data(line)))
      guard try JSONParser.parse(Array(output)) == JSONParser.parse(line) else {
        throw BenchError("codec: Foundation changed \(String(decoding: line, as: UTF8.self))")
      }
    }
  }
}
