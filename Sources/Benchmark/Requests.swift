/// The request lines the scenarios send. Every vehicle is a Kia (the C
/// adapter: eligible at once, `activation_succeeded` approves) carrying one
/// tag whose value is longer than Swift's 15-byte inline strings, as a
/// customer name would be.
enum Requests {
  static let brand = "kia"
  static let tag = #"{"customer":"ACME Fleet Services"}"#

  /// The index-th VIN: "KNA" and 14 digits, so VIN order is index order.
  static func vin(_ index: Int) -> String {
    let digits = String(index)
    return "KNA" + String(repeating: "0", count: 14 - digits.count) + digits
  }

  static func line(id: Int, method: String, params: String? = nil) -> String {
    let tail = params.map { #","params":\#($0)"# } ?? ""
    return #"{"jsonrpc":"2.0","id":\#(id),"method":"\#(method)"\#(tail)}"# + "\n"
  }

  static func vehicle(_ index: Int) -> String {
    #"{"vin":"\#(vin(index))","brand":"\#(brand)","tags":\#(tag)}"#
  }

  /// One `vehicles.add` of the vehicles `indices`.
  static func add(id: Int, _ indices: Range<Int>) -> String {
    line(id: id, method: "vehicles.add", params: #"{"vehicles":["# + indices.map(vehicle).joined(separator: ",") + "]}")
  }

  static func get(id: Int, _ index: Int) -> String {
    line(id: id, method: "vehicles.get", params: #"{"vin":"\#(vin(index))"}"#)
  }

  static func report(id: Int, _ index: Int, event: String = "activation_succeeded") -> String {
    line(id: id, method: "vehicles.report", params: #"{"vin":"\#(vin(index))","event":"\#(event)"}"#)
  }

  static func listApproved(id: Int, limit: Int, cursor: String?) -> String {
    let after = cursor.map { #","cursor":"\#($0)""# } ?? ""
    return line(
      id: id, method: "vehicles.list",
      params: #"{"filter":{"status":{"operator":"eq","value":"approved"}},"limit":\#(limit)\#(after)}"#)
  }

  /// Lines numbered 1...count, joined into one buffer for a pipelined run.
  static func batch(count: Int, _ make: (_ id: Int) -> String) -> [UInt8] {
    var text = ""
    for id in 1...count { text += make(id) }
    return Array(text.utf8)
  }
}
