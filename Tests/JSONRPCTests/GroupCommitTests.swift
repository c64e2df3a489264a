import Glibc
import JSON
import Testing

@testable import JSONRPC

/// Counts what the server asks of its handler; every request changes state.
private final class CountingHandler: RPCHandler {
  var handled = 0
  var commits: [Int] = []
  private var uncommitted = 0

  func handle(_ request: Request, context: CallContext) -> Result<any JSONEncodable, RPCError> {
    handled += 1
    uncommitted += 1
    return .success(JSON.number(JSONNumber(handled)))
  }
  func millisecondsUntilWake() -> Int? { nil }
  func wake(context: CallContext) {}
  func commit() -> RPCError? {
    if uncommitted > 0 { commits.append(uncommitted) }
    uncommitted = 0
    return nil
  }
  var changeMark: Int { handled }
}

@Suite struct GroupCommitTests {
  /// A temporary file's descriptor holding `bytes`, read from the start.
  func file(holding bytes: [UInt8]) throws -> Int32 {
    var template = Array("/tmp/fleet-clearance-group-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    try #require(descriptor >= 0)
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    try #require(written == bytes.count)
    lseek(descriptor, 0, SEEK_SET)
    return descriptor
  }

  @Test func aBurstIsAnsweredInBoundedGroupsInOrder() throws {
    let line =
      Array(
        #"{"jsonrpc":"2.0","id":1,"method":"change","params":{"pad":"\#(String(repeating: "x", count: 60))"}}"#.utf8)
      + [10]
    let count = (StdioServer.groupInputBytes * 3) / line.count + 1
    let input = try file(holding: Array([[UInt8]](repeating: line, count: count).joined()))
    defer { close(input) }
    let output = try file(holding: [])
    defer { close(output) }
    let handler = CountingHandler()
    let status = StdioServer(handler: handler, maxLineBytes: 1 << 20, input: input, output: output).run()
    #expect(status == 0)
    #expect(handler.handled == count)
    // All input is ready at once; one group per about groupInputBytes of it.
    #expect(handler.commits.count >= 3, "a burst of 3 groups' worth of input was committed in \(handler.commits.count)")
    #expect(handler.commits.reduce(0, +) == count)
    let size = lseek(output, 0, SEEK_END)
    var answers = [UInt8](repeating: 0, count: Int(size))
    _ = answers.withUnsafeMutableBytes { pread(output, $0.baseAddress, $0.count, 0) }
    let lines = answers.split(separator: 10)
    #expect(lines.count == count)
    #expect(try JSONParser.parse(Array(lines.last!))["result"] == .number(JSONNumber(count)))
  }
}
