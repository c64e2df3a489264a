import JSONRPC
import Testing

@Suite struct LineFramerTests {
  func feed(_ framer: inout LineFramer, _ text: String) -> [LineFramer.Line] {
    var lines: [LineFramer.Line] = []
    Array(text.utf8).withUnsafeBytes { framer.feed($0, into: &lines) }
    return lines
  }

  @Test func splitsAcrossPartialReads() {
    var framer = LineFramer(maxLineBytes: 100)
    #expect(feed(&framer, "{\"a\":") == [])
    #expect(framer.hasPartialLine)
    #expect(feed(&framer, "1}\n{\"b\"") == [.complete(Array("{\"a\":1}".utf8))])
    #expect(feed(&framer, ":2}\r\n") == [.complete(Array("{\"b\":2}".utf8))], "a trailing CR is dropped")
    #expect(!framer.hasPartialLine)
  }

  @Test func overlongLineIsReportedOnceAndSkipped() {
    var framer = LineFramer(maxLineBytes: 10)
    #expect(feed(&framer, String(repeating: "x", count: 8)) == [])
    #expect(feed(&framer, String(repeating: "y", count: 50)) == [])
    #expect(feed(&framer, "zz\nok\n") == [.tooLong(bytes: 60), .complete(Array("ok".utf8))])
  }

  @Test func lineOfExactlyTheLimitIsAccepted() {
    var framer = LineFramer(maxLineBytes: 4)
    #expect(feed(&framer, "abcd\r\nabcde\n") == [.complete(Array("abcd".utf8)), .tooLong(bytes: 5)])
  }

  @Test func finishKeepsALastLineWithoutNewline() {
    var framer = LineFramer(maxLineBytes: 100)
    _ = feed(&framer, "tail")
    var lines: [LineFramer.Line] = []
    framer.finish(into: &lines)
    #expect(lines == [.complete(Array("tail".utf8))])
  }

  @Test func dropPartialLineForgetsIt() {
    var framer = LineFramer(maxLineBytes: 100)
    _ = feed(&framer, "half")
    framer.dropPartialLine()
    var lines: [LineFramer.Line] = []
    framer.finish(into: &lines)
    #expect(lines.isEmpty)
  }

  /// Regression: after one large line, every later line came with a buffer
  /// as large as that line (128 KB per small request).
  @Test func linesAfterALargeOneAreRightSized() {
    var framer = LineFramer(maxLineBytes: 1 << 20)
    _ = feed(&framer, String(repeating: "x", count: 100_000) + "\n")
    let lines = feed(&framer, "{\"small\":1}\n")
    guard case .complete(let bytes)? = lines.first else {
      Issue.record("expected a complete line")
      return
    }
    #expect(bytes.capacity < 1_000, "capacity \(bytes.capacity)")
  }
}
