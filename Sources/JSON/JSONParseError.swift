/// Why and where `JSONParser` refused its input.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Byte offset where parsing failed.
  public let offset: Int
  /// Human-readable cause, e.g. "expected ':' after object key".
  public let reason: String

  init(offset: Int, reason: String) {
    self.offset = offset
    self.reason = reason
  }

  public var description: String { "at byte \(offset): \(reason)" }
}
