import JSON

/// Encodes outgoing messages straight into the output buffer, one line each.
public enum MessageEncoder {
  public static func appendResult(id: JSON, result: any JSONEncodable, to buffer: inout [UInt8]) {
    buffer.append(contentsOf: #"{"jsonrpc":"2.0","id":"#.utf8)
    JSONWriter.write(id, into: &buffer)
    buffer.append(contentsOf: #","result":"#.utf8)
    result.encodeJSON(into: &buffer)
    buffer.append(UInt8(ascii: "}"))
  }

  public static func appendError(id: JSON, error: RPCError, to buffer: inout [UInt8]) {
    buffer.append(contentsOf: #"{"jsonrpc":"2.0","id":"#.utf8)
    JSONWriter.write(id, into: &buffer)
    buffer.append(contentsOf: #","error":"#.utf8)
    JSONWriter.write(error.json, into: &buffer)
    buffer.append(UInt8(ascii: "}"))
  }

  public static func appendNotification(method: String, params: some JSONEncodable, to buffer: inout [UInt8]) {
    buffer.append(contentsOf: #"{"jsonrpc":"2.0","method":"#.utf8)
    JSONWriter.appendString(method, into: &buffer)
    buffer.append(contentsOf: #","params":"#.utf8)
    params.encodeJSON(into: &buffer)
    buffer.append(UInt8(ascii: "}"))
  }
}
