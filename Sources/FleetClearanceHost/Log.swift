import Glibc

/// Diagnostics for humans, on stderr only: stdout carries the protocol.
public enum Log {
  public enum Level: Int, Comparable, Sendable {
    case error = 1, warn, info, debug

    public init?(name: String) {
      switch name {
      case "error": self = .error
      case "warn": self = .warn
      case "info": self = .info
      case "debug": self = .debug
      default: return nil
      }
    }

    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  nonisolated(unsafe) public static var threshold: Level = .warn  // set once at start-up

  public static func error(_ message: @autoclosure () -> String) { write(.error, message) }
  public static func warn(_ message: @autoclosure () -> String) { write(.warn, message) }
  public static func info(_ message: @autoclosure () -> String) { write(.info, message) }
  public static func debug(_ message: @autoclosure () -> String) { write(.debug, message) }

  private static func write(_ level: Level, _ message: () -> String) {
    guard level <= threshold else { return }
    let bytes = Array("fleet-clearance: \(level): \(message())\n".utf8)
    bytes.withUnsafeBytes { _ = Glibc.write(2, $0.baseAddress, $0.count) }
  }
}
