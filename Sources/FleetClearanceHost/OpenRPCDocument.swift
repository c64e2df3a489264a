import JSON

/// The OpenRPC document `rpc.discover` returns: every method of
/// protocol.md with its params and result as JSON Schema, its errors and an
/// example. The parts are JSON text, kept next to each other by concern:
/// `+Host` (lifecycle, events, clock), `+Vehicles`, `+Brands`,
/// `+Notifications` (what the host sends) and `+Schemas` (components).
enum OpenRPCDocument {
  static let openrpcVersion = "1.3.2"

  static let document: JSON = {
    var info = object(infoText, part: "info")
    info["version"] = .string(FleetHost.version)
    var root = JSONObject()
    root["openrpc"] = .string(openrpcVersion)
    root["info"] = .object(info)
    root["methods"] = .array(
      array(hostMethodsText, part: "host methods")
        + array(vehicleMethodsText, part: "vehicle methods")
        + array(brandMethodsText, part: "brand methods")
        + array(notificationsText, part: "notifications"))
    root["components"] = .object(object(componentsText, part: "components"))
    return .object(root)
  }()

  static let infoText = #"""
    {
      "title": "fleet-clearance",
      "description": "The fleet clearance host's JSON-RPC 2.0 interface over stdio: one JSON value per line on stdin and stdout; responses come back in the order of their requests, and the notifications a request causes are written before its response. Every method takes its params by name. Objects use the fleet clearance REST API's snake_case field names; times are RFC 3339 UTC strings in whole seconds with a Z; VINs are trimmed and upper-cased before use.\n\nErrors: application errors and, wherever there is something useful to say, the standard ones carry `data` {title, detail, source} (components.schemas.ErrorData): `message` is the title, `data.detail` the specific text, `data.source` the field or input concerned. -32800 Request cancelled carries {done, total?} instead (CancelledData). Besides the errors each method lists, a line that is not JSON (or longer than --max-message-bytes) is -32700, a message that is not a valid request is -32600, an unknown method is -32601, and every request between `shutdown` and `exit` is -32600.\n\nNotifications appear among the methods without a result: `x-notification` is `from-client` for those the client sends (`exit`, `$/cancelRequest`) and `from-host` for those the host sends (`fleet_clearance_changed`, `$/progress`).",
      "version": ""
    }
    """#

  private static func parsed(_ text: String, part: String) -> JSON {
    do {
      return try JSONParser.parse(text)
    } catch {
      preconditionFailure("OpenRPCDocument: the \(part) part is not valid JSON: \(error)")
    }
  }

  private static func object(_ text: String, part: String) -> JSONObject {
    guard case .object(let object) = parsed(text, part: part) else {
      preconditionFailure("OpenRPCDocument: the \(part) part must be a JSON object")
    }
    return object
  }

  private static func array(_ text: String, part: String) -> [JSON] {
    guard case .array(let items) = parsed(text, part: part) else {
      preconditionFailure("OpenRPCDocument: the \(part) part must be a JSON array")
    }
    return items
  }
}
