import Glibc

/// Reads a response line just far enough to count it: the host writes
/// every response as `{"jsonrpc":"2.0","id":ID,"result":...}` or
/// `{"jsonrpc":"2.0","id":ID,"error":...}` (JSONRPC/MessageEncoder.swift).
enum ResponseLine {
  static let prefix = Array(#"{"jsonrpc":"2.0","id":"#.utf8)
  static let resultKey = Array(#","result":"#.utf8)
  static let errorKey = Array(#","error":"#.utf8)

  /// The integer id and whether the line carries a result; nil when the
  /// line is not a response with an integer id.
  static func read(_ line: UnsafeBufferPointer<UInt8>) -> (id: Int, isResult: Bool)? {
    guard line.count > prefix.count + 2, line.starts(with: prefix) else { return nil }
    var index = prefix.count
    var id = 0
    var digits = 0
    while index < line.count, line[index] &- 48 < 10 {
      id = id &* 10 &+ Int(line[index] &- 48)
      index += 1
      digits += 1
    }
    guard digits > 0 else { return nil }
    let rest = UnsafeBufferPointer(rebasing: line[index...])
    if rest.starts(with: resultKey) { return (id, true) }
    if rest.starts(with: errorKey) { return (id, false) }
    return nil
  }

  static func contains(_ line: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
    find(needle, in: line, from: 0) != nil
  }

  static func count(_ needle: [UInt8], in line: UnsafeBufferPointer<UInt8>) -> Int {
    var found = 0
    var from = 0
    while let at = find(needle, in: line, from: from) {
      found += 1
      from = at + needle.count
    }
    return found
  }

  /// The offset of `needle` in `line` at or after `from`.
  /// (memchr for the first byte, then memcmp: glibc's memmem is a GNU
  /// extension Swift does not see.)
  static func find(_ needle: [UInt8], in line: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
    guard let base = line.baseAddress, let first = needle.first else { return nil }
    return needle.withUnsafeBytes { pattern -> Int? in
      var at = from
      while line.count - at >= needle.count {
        guard let hit = memchr(base + at, Int32(first), line.count - at - needle.count + 1) else { return nil }
        at = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
        if memcmp(base + at, pattern.baseAddress!, needle.count) == 0 { return at }
        at += 1
      }
      return nil
    }
  }

  static func text(_ line: UnsafeBufferPointer<UInt8>, limit: Int = 400) -> String {
    let shown = String(decoding: UnsafeBufferPointer(rebasing: line.prefix(limit)), as: UTF8.self)
    return line.count > limit ? shown + "…" : shown
  }
}
