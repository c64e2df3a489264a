import JSON

/// A JSON-RPC error object. Application errors carry `data` with the same
/// `title`, `detail` and `source` as the fleet clearance REST API's errors.
public struct RPCError: Error, Sendable, Equatable {
  public var code: Int
  public var message: String
  public var data: JSON?

  public init(code: Int, message: String, data: JSON? = nil) {
    self.code = code
    self.message = message
    self.data = data
  }

  /// An error whose `data` is `{title, detail, source}`; `title` is the
  /// message, as protocol.md asks.
  public init(code: Int, title: String, detail: String, source: String? = nil) {
    var data = JSONObject()
    data["title"] = .string(title)
    data["detail"] = .string(detail)
    if let source { data["source"] = .string(source) }
    self.init(code: code, message: title, data: .object(data))
  }

  public static func parseError(_ detail: String) -> RPCError {
    RPCError(code: -32700, title: "Parse error", detail: detail)
  }

  public static func invalidRequest(_ detail: String, source: String? = nil) -> RPCError {
    RPCError(code: -32600, title: "Invalid Request", detail: detail, source: source)
  }

  public static func methodNotFound(_ method: String) -> RPCError {
    RPCError(
      code: -32601, title: "Method not found",
      detail: "there is no method \"\(method)\"; rpc.discover lists every method", source: "method")
  }

  public static func invalidParams(_ detail: String, source: String) -> RPCError {
    RPCError(code: -32602, title: "Invalid params", detail: detail, source: source)
  }

  public static func internalError(_ detail: String) -> RPCError {
    RPCError(code: -32603, title: "Internal error", detail: detail)
  }

  public static func notFound(_ detail: String, source: String) -> RPCError {
    RPCError(code: -32001, title: "Not found", detail: detail, source: source)
  }

  public static func conflict(_ detail: String, source: String) -> RPCError {
    RPCError(code: -32002, title: "Conflict", detail: detail, source: source)
  }

  public static func notSupported(_ detail: String, source: String) -> RPCError {
    RPCError(code: -32003, title: "Not supported", detail: detail, source: source)
  }

  public static func tooEarly(_ detail: String, source: String) -> RPCError {
    RPCError(code: -32004, title: "Too early", detail: detail, source: source)
  }

  public static func invalidTransition(_ detail: String, source: String) -> RPCError {
    RPCError(code: -32005, title: "Invalid transition", detail: detail, source: source)
  }

  public static func adapterError(_ detail: String, source: String) -> RPCError {
    RPCError(code: -32010, title: "Adapter error", detail: detail, source: source)
  }

  public static func forbidden(_ detail: String, source: String) -> RPCError {
    RPCError(code: -32011, title: "Forbidden", detail: detail, source: source)
  }

  /// -32800: a long call stopped by `$/cancelRequest`; `data` says how far
  /// it got (what it applied stays applied).
  public static func requestCancelled(_ data: JSON) -> RPCError {
    RPCError(code: -32800, message: "Request cancelled", data: data)
  }

  public var json: JSON {
    var object = JSONObject()
    object["code"] = .number(JSONNumber(code))
    object["message"] = .string(message)
    if let data { object["data"] = data }
    return .object(object)
  }
}
