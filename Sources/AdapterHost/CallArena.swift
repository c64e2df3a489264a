import CFleetAdapter

/// Owns the memory of one call's query: every string is copied once,
/// NUL-terminated, and freed when the call returns (borrowed for the
/// duration of the call, as fleet_adapter.h promises).
struct CallArena: ~Copyable {
  private var blocks: [UnsafeMutableRawPointer] = []

  mutating func string(_ bytes: [UInt8]) -> fc_string_t {
    let buffer = allocate(bytes.count + 1).assumingMemoryBound(to: UInt8.self)
    bytes.withUnsafeBufferPointer { source in
      if let base = source.baseAddress { buffer.update(from: base, count: bytes.count) }
    }
    buffer[bytes.count] = 0
    return fc_string_t(data: UnsafeRawPointer(buffer).assumingMemoryBound(to: CChar.self), size: bytes.count)
  }

  mutating func tags(_ tags: [([UInt8], [UInt8])]) -> UnsafePointer<fc_tag_t>? {
    guard !tags.isEmpty else { return nil }
    let array = allocate(MemoryLayout<fc_tag_t>.stride * tags.count).bindMemory(to: fc_tag_t.self, capacity: tags.count)
    for (index, tag) in tags.enumerated() {
      array[index] = fc_tag_t(key: string(tag.0), value: string(tag.1))
    }
    return UnsafePointer(array)
  }

  mutating func messageBuffer(_ capacity: Int) -> UnsafeMutablePointer<CChar> {
    let buffer = allocate(capacity).bindMemory(to: CChar.self, capacity: capacity)
    buffer[0] = 0
    return buffer
  }

  /// Reads a message the adapter wrote, bounded by the capacity even when
  /// the adapter forgot the terminator.
  func message(_ buffer: UnsafeMutablePointer<CChar>, _ capacity: Int) -> String? {
    let raw = UnsafeRawBufferPointer(start: buffer, count: capacity)
    let length = raw.firstIndex(of: 0) ?? capacity
    guard length > 0 else { return nil }
    return String(decoding: raw.prefix(length), as: UTF8.self)
  }

  private mutating func allocate(_ size: Int) -> UnsafeMutableRawPointer {
    let block = UnsafeMutableRawPointer.allocate(byteCount: max(size, 1), alignment: 16)
    blocks.append(block)
    return block
  }

  deinit {
    for block in blocks { block.deallocate() }
  }
}
