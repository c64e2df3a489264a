import JSON
import Testing

/// What every stdout line must be: a JSON-RPC 2.0 response, notification,
/// or a batch of responses.
enum ProtocolChecks {
  static func expectValidMessage(_ message: JSON, line: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(!line.contains("\r"), "output lines hold no raw carriage return", sourceLocation: sourceLocation)
    if case .array(let items) = message {
      #expect(!items.isEmpty, "a batch answer is never empty: \(line)", sourceLocation: sourceLocation)
      for item in items {
        #expect(isResponse(item), "batch element is not a response: \(line)", sourceLocation: sourceLocation)
      }
      return
    }
    #expect(
      isResponse(message) || isNotification(message), "not a JSON-RPC message: \(line)", sourceLocation: sourceLocation)
  }

  static func isResponse(_ message: JSON) -> Bool {
    guard case .object(let object) = message, object["jsonrpc"] == "2.0", let id = object["id"] else { return false }
    switch id {
    case .string, .number, .null: break
    default: return false
    }
    let hasResult = object["result"] != nil
    let error = object["error"]
    guard hasResult != (error != nil) else { return false }
    if let error {
      guard error["code"]?.int64Value != nil, error["message"]?.stringValue != nil else { return false }
    }
    return object.count == 3
  }

  static func isNotification(_ message: JSON) -> Bool {
    guard case .object(let object) = message, object["jsonrpc"] == "2.0", object["id"] == nil,
      object["method"]?.stringValue != nil
    else { return false }
    return true
  }
}
