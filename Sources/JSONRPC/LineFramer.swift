/// Splits a byte stream into lines: handles partial reads, a trailing
/// `\r`, and lines over the size limit (reported once, then skipped up to
/// their newline without being buffered).
public struct LineFramer {
  public enum Line: Equatable {
    case complete([UInt8])
    /// A line longer than the limit; its bytes are gone.
    case tooLong(bytes: Int)
  }

  public let maxLineBytes: Int
  private var pending: [UInt8] = []
  private var skipping = false
  private var skippedBytes = 0

  public init(maxLineBytes: Int) {
    self.maxLineBytes = maxLineBytes
  }

  /// True when a partial line is buffered (dropped at SIGTERM, kept at EOF).
  public var hasPartialLine: Bool { !pending.isEmpty || skipping }

  /// Feeds bytes in, returns the lines they complete.
  public mutating func feed(_ bytes: UnsafeRawBufferPointer, into lines: inout [Line]) {
    var start = 0
    while start < bytes.count {
      guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else {
        appendPartial(UnsafeRawBufferPointer(rebasing: bytes[start...]), into: &lines)
        return
      }
      appendPartial(UnsafeRawBufferPointer(rebasing: bytes[start..<newline]), into: &lines)
      finishLine(into: &lines)
      start = newline + 1
    }
  }

  /// At end of input: the last line counts even without its newline.
  public mutating func finish(into lines: inout [Line]) {
    if hasPartialLine { finishLine(into: &lines) }
  }

  /// Drops an unfinished line (SIGTERM: only whole lines are served).
  public mutating func dropPartialLine() {
    pending.removeAll()
    skipping = false
    skippedBytes = 0
  }

  private mutating func appendPartial(_ bytes: UnsafeRawBufferPointer, into lines: inout [Line]) {
    if skipping {
      skippedBytes += bytes.count
      return
    }
    // The limit counts the line without its terminator.
    if pending.count + bytes.count > maxLineBytes + 1 {
      skipping = true
      skippedBytes = pending.count + bytes.count
      pending.removeAll(keepingCapacity: false)
      return
    }
    pending.append(contentsOf: bytes)
  }

  private mutating func finishLine(into lines: inout [Line]) {
    if skipping {
      lines.append(.tooLong(bytes: skippedBytes))
      skipping = false
      skippedBytes = 0
      return
    }
    if pending.last == UInt8(ascii: "\r") { pending.removeLast() }
    if pending.count > maxLineBytes {
      lines.append(.tooLong(bytes: pending.count))
    } else {
      // A right-sized copy: handing out `pending` itself would make the next
      // line allocate a new buffer as large as the largest line seen.
      var line = [UInt8]()
      line.reserveCapacity(pending.count)
      line.append(contentsOf: pending)
      lines.append(.complete(line))
    }
    pending.removeAll(keepingCapacity: true)
  }
}
