import Glibc

/// Reads newline-ended lines from a file descriptor into one growing
/// buffer, without copying each line out.
final class LineReader {
  private let descriptor: Int32
  private var storage: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  private var start = 0
  private var end = 0
  /// Where the search for the next newline resumes: a 4 MB line arrives in
  /// many reads, and rescanning it from its start each time is quadratic.
  private var scanned = 0

  init(descriptor: Int32, capacity: Int = 1 << 20) {
    self.descriptor = descriptor
    self.capacity = capacity
    storage = .allocate(capacity: capacity)
  }

  deinit { storage.deallocate() }

  /// Calls `body` with the next line, without its newline. The bytes are
  /// valid only during the call.
  func withNextLine<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) throws -> R {
    while true {
      let from = max(start, scanned)
      if from < end, let found = memchr(storage + from, 10, end - from) {
        let newline = found.assumingMemoryBound(to: UInt8.self) - storage
        let line = UnsafeBufferPointer(start: storage + start, count: newline - start)
        start = newline + 1
        scanned = start
        return try body(line)
      }
      scanned = end
      try fill()
    }
  }

  /// The next line as bytes of its own.
  func nextLine() throws -> [UInt8] {
    try withNextLine { Array($0) }
  }

  private func fill() throws {
    if start > 0 {
      let pending = end - start
      if pending > 0 { memmove(storage, storage + start, pending) }
      scanned -= start
      end = pending
      start = 0
    }
    if end == capacity {
      let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
      larger.update(from: storage, count: end)
      storage.deallocate()
      storage = larger
      capacity *= 2
    }
    let count = read(descriptor, storage + end, capacity - end)
    if count < 0 {
      if errno == EINTR { return }
      throw BenchError("reading the host's stdout failed: \(String(cString: strerror(errno)))")
    }
    if count == 0 { throw BenchError("the host closed its stdout before answering every request") }
    end += count
  }
}
