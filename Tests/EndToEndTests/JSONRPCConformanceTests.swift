import JSON
import Testing

/// The examples of the JSON-RPC 2.0 specification that do not depend on
/// particular methods, plus id echo, sent as raw lines.
@Suite struct JSONRPCConformanceTests {
  static func exchange(_ line: String) throws -> JSON {
    let host = try HostProcess()
    host.send(line)
    return try host.readMessage()
  }

  @Test func parseError() throws {
    let response = try Self.exchange(#"{"jsonrpc": "2.0", "method": "foobar, "params": "bar", "baz]"#)
    #expect(response["error"]?["code"] == -32700)
    #expect(response["id"] == .null)
    #expect(response["error"]?["data"]?["detail"]?.stringValue?.contains("byte") == true, "says where parsing failed")
  }

  @Test func invalidRequestObject() throws {
    let response = try Self.exchange(#"{"jsonrpc": "2.0", "method": 1, "params": "bar"}"#)
    #expect(response["error"]?["code"] == -32600)
    #expect(response["id"] == .null)
  }

  @Test func invalidJSONBatch() throws {
    let response = try Self.exchange(
      #"[{"jsonrpc": "2.0", "method": "sum", "params": [1,2,4], "id": "1"},{"jsonrpc": "2.0", "method""#)
    #expect(response["error"]?["code"] == -32700)
  }

  @Test func emptyBatch() throws {
    let response = try Self.exchange("[]")
    #expect(response["error"]?["code"] == -32600)
    #expect(response["id"] == .null)
  }

  @Test func invalidBatchOfOne() throws {
    let response = try Self.exchange("[1]")
    let items = try #require(response.arrayValue)
    #expect(items.count == 1)
    #expect(items[0]["error"]?["code"] == -32600)
  }

  @Test func invalidBatchOfThree() throws {
    let response = try Self.exchange("[1,2,3]")
    let items = try #require(response.arrayValue)
    #expect(items.count == 3)
    #expect(items.allSatisfy { $0["error"]?["code"] == -32600 && $0["id"] == .null })
  }

  @Test func mixedBatch() throws {
    let host = try HostProcess()
    host.send(
      #"[{"jsonrpc":"2.0","method":"ping","id":"1"},{"jsonrpc":"2.0","method":"ping"},{"jsonrpc":"2.0","method":"clock.now","id":"2"},{"foo":"boo"},{"jsonrpc":"2.0","method":"foo.get","params":{"name":"myself"},"id":"5"},{"jsonrpc":"2.0","method":"host.stats","id":"9"}]"#
    )
    let items = try #require(try host.readMessage().arrayValue)
    #expect(items.map { $0["id"] } == ["1", "2", .null, "5", "9"], "notifications get nothing; order kept")
    #expect(items[0]["result"] == .object(JSONObject()))
    #expect(items[1]["result"]?["now"] == "2026-01-01T00:00:00Z")
    #expect(items[2]["error"]?["code"] == -32600)
    #expect(items[3]["error"]?["code"] == -32601)
    #expect(items[3]["error"]?["data"]?["source"] == "method")
    #expect(items[4]["result"]?["adapters"] == 11)
  }

  @Test func notificationOnlyBatchGetsNoOutput() throws {
    let host = try HostProcess()
    host.send(#"[{"jsonrpc":"2.0","method":"ping"},{"jsonrpc":"2.0","method":"clock.now"}]"#)
    host.send(#"{"jsonrpc":"2.0","method":"ping"}"#)
    host.send(#"{"jsonrpc":"2.0","id":"after","method":"ping"}"#)
    #expect(try host.readMessage()["id"] == "after", "nothing was written for the notifications")
  }

  @Test func unknownMethodWithStringID() throws {
    let response = try Self.exchange(#"{"jsonrpc":"2.0","method":"foobar","id":"1"}"#)
    #expect(response["error"]?["code"] == -32601)
    #expect(response["id"] == "1")
  }

  @Test(arguments: [#"0"#, #""1""#, #"1"#, #"12345678901234567890123"#, #"-7"#, #"1.5e3"#, #"null"#, #""""#])
  func idsAreEchoedExactly(_ id: String) throws {
    let host = try HostProcess()
    host.send(#"{"jsonrpc":"2.0","id":\#(id),"method":"ping"}"#)
    let line = try #require(host.readRawLine())
    #expect(line.hasPrefix(#"{"jsonrpc":"2.0","id":\#(id),"#), "got \(line)")
  }

  @Test func invalidEnvelopes() throws {
    let host = try HostProcess()
    for line in [
      #"{"jsonrpc":"1.0","id":1,"method":"ping"}"#,
      #"{"id":1,"method":"ping"}"#,
      #"{"jsonrpc":"2.0","id":{},"method":"ping"}"#,
      #"{"jsonrpc":"2.0","id":1,"method":"ping","params":3}"#,
      #""just a string""#,
    ] {
      host.send(line)
      #expect(try host.readMessage()["error"]?["code"] == -32600, "\(line)")
    }
  }

  @Test func hostileInputKeepsTheHostServing() throws {
    let host = try HostProcess()
    host.send(String(repeating: "[", count: 100_000))
    #expect(try host.readMessage()["error"]?["code"] == -32700)
    host.sendRaw(.init([0x7B, 0xFF, 0xFE, 0x7D, 0x0A]))
    #expect(try host.readMessage()["error"]?["code"] == -32700)
    host.send(#"{"jsonrpc":"2.0","id":1,"method":"ping","id":2}"#)
    #expect(try host.readMessage()["id"] == 2, "duplicate keys: the last one wins")
    host.send("   ")
    host.send("")
    host.send(#"{"jsonrpc":"2.0","id":3,"method":"ping"}"# + "\r")
    #expect(try host.readMessage()["id"] == 3, "blank lines get no answer; a trailing CR is tolerated")
  }

  @Test func overlongLinesAreAnsweredAndSkipped() throws {
    let host = try HostProcess(arguments: [
      "--in-memory", "--plugins", Products.pluginsFile.path, "--max-message-bytes", "1000",
    ])
    host.send(
      #"{"jsonrpc":"2.0","id":1,"method":"ping","params":{"pad":""# + String(repeating: "x", count: 5000) + #""}}"#)
    let error = try host.readMessage()
    #expect(error["error"]?["code"] == -32700)
    #expect(error["error"]?["data"]?["detail"]?.stringValue?.contains("1000") == true)
    host.send(#"{"jsonrpc":"2.0","id":2,"method":"ping"}"#)
    #expect(try host.readMessage()["id"] == 2)
  }
}
