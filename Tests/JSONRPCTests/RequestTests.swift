import JSON
import JSONRPC
import Testing

@Suite struct RequestTests {
  func decode(_ text: String) throws -> Result<Request, RequestFailure> {
    Request.decode(try JSONParser.parse(text))
  }

  @Test func validRequestKeepsIdExactly() throws {
    let request = try decode(#"{"jsonrpc":"2.0","id":12345678901234567890,"method":"ping","params":{}}"#).get()
    #expect(request.id == .number(JSONNumber(text: "12345678901234567890")!))
    #expect(request.method == "ping")
    #expect(!request.isNotification)
  }

  @Test func notificationHasNoID() throws {
    #expect(try decode(#"{"jsonrpc":"2.0","method":"exit"}"#).get().isNotification)
    #expect(
      try !decode(#"{"jsonrpc":"2.0","method":"x","id":null}"#).get().isNotification, "a null id is still a request")
  }

  @Test(arguments: [
    (#"{"jsonrpc":"2.0","id":1}"#, "method"),
    (#"{"jsonrpc":"2.0","id":1,"method":3}"#, "method"),
    (#"{"id":1,"method":"x"}"#, "jsonrpc"),
    (#"{"jsonrpc":"2.0","id":1,"method":"x","params":"p"}"#, "params"),
    (#"{"jsonrpc":"2.0","id":[1],"method":"x"}"#, "id"),
  ])
  func invalidEnvelopesNameTheField(_ text: String, _ source: String) throws {
    guard case .failure(let failure) = try decode(text) else {
      Issue.record("\(text) should be invalid")
      return
    }
    #expect(failure.error.code == -32600)
    #expect(failure.error.data?["source"] == .string(source))
  }

  @Test func invalidRequestKeepsAReadableID() throws {
    guard case .failure(let failure) = try decode(#"{"jsonrpc":"2.0","id":"7"}"#) else {
      Issue.record("should be invalid")
      return
    }
    #expect(failure.id == "7")
  }

  @Test func errorsCarryTitleDetailSource() {
    let error = RPCError.conflict("Clearance is in transition mode", source: "vin")
    #expect(error.code == -32002)
    #expect(error.json["message"] == "Conflict")
    #expect(error.json["data"]?["title"] == "Conflict")
    #expect(error.json["data"]?["detail"] == "Clearance is in transition mode")
    #expect(error.json["data"]?["source"] == "vin")
  }
}
