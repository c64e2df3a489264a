import JSON

/// A JSON-RPC 2.0 request or notification, checked against the envelope
/// rules of the specification.
public struct Request: Sendable, Equatable {
  /// nil for a notification. Kept as the exact JSON value sent (`1` and
  /// `"1"` stay distinct, big integers keep every digit).
  public var id: JSON?
  public var method: String
  /// An object or an array when present.
  public var params: JSON?

  public var isNotification: Bool { id == nil }

  public init(id: JSON?, method: String, params: JSON?) {
    self.id = id
    self.method = method
    self.params = params
  }

  /// Reads one request; on failure returns the error together with the id
  /// to answer it under (null when the id itself could not be read).
  public static func decode(_ value: JSON) -> Result<Request, RequestFailure> {
    guard case .object(let object) = value else {
      return .failure(
        RequestFailure(id: .null, error: .invalidRequest("a request must be an object, got \(value.typeName)")))
    }
    var id: JSON?
    if let rawID = object["id"] {
      switch rawID {
      case .string, .number, .null: id = rawID
      default:
        return .failure(
          RequestFailure(
            id: .null,
            error: .invalidRequest("id must be a string, a number or null, got \(rawID.typeName)", source: "id")))
      }
    }
    let answerID = id ?? .null
    guard object["jsonrpc"] == .string("2.0") else {
      return .failure(
        RequestFailure(id: answerID, error: .invalidRequest("jsonrpc must be exactly \"2.0\"", source: "jsonrpc")))
    }
    guard case .string(let method)? = object["method"] else {
      let detail = object["method"].map { "method must be a string, got \($0.typeName)" } ?? "method is missing"
      return .failure(RequestFailure(id: answerID, error: .invalidRequest(detail, source: "method")))
    }
    let params = object["params"]
    if let params {
      switch params {
      case .object, .array: break
      default:
        return .failure(
          RequestFailure(
            id: answerID,
            error: .invalidRequest("params must be an object or an array, got \(params.typeName)", source: "params")))
      }
    }
    return .success(Request(id: id, method: method, params: params))
  }
}

/// A message that is not a valid request, with the id to answer under.
public struct RequestFailure: Error, Sendable {
  public var id: JSON
  public var error: RPCError
}
