import CFleetAdapter

/// The memory of a call's query, reused from call to call: strings are
/// copied in NUL-terminated and stay valid until the next `reset` (borrowed
/// for the duration of the call, as fleet_adapter.h promises). Reuse keeps
/// an eligibility check free of allocations.
///
/// `@unchecked Sendable`: not thread-safe itself; `LoadedAdapter` keeps it
/// in a `Mutex` and hands it to one call at a time.
final class CallScratch: @unchecked Sendable {
  static let messageCapacity = 512
  private static let keptCapacity = 64 << 10

  private var bytes: UnsafeMutableRawPointer
  private var byteCapacity: Int
  private var used = 0
  private var tagSlots: UnsafeMutablePointer<fc_tag_t>
  private var tagCapacity: Int
  private var tagsUsed = 0
  /// Where the adapter may write a message on failure.
  let message: UnsafeMutablePointer<CChar>

  init() {
    byteCapacity = 1024
    bytes = .allocate(byteCount: byteCapacity, alignment: 16)
    tagCapacity = 16
    tagSlots = .allocate(capacity: tagCapacity)
    message = .allocate(capacity: Self.messageCapacity)
    message[0] = 0
  }

  deinit {
    bytes.deallocate()
    tagSlots.deallocate()
    message.deallocate()
  }

  /// Starts a call that copies strings totalling `byteCount` bytes (without
  /// terminators) in `stringCount` strings and `tagCount` tags. Every
  /// pointer handed out before is invalid afterwards.
  func reset(byteCount: Int, stringCount: Int, tagCount: Int) {
    let needed = byteCount + stringCount
    if needed > byteCapacity || (byteCapacity > Self.keptCapacity && needed <= Self.keptCapacity) {
      bytes.deallocate()
      byteCapacity = max(needed, 1024)
      bytes = .allocate(byteCount: byteCapacity, alignment: 16)
    }
    if tagCount > tagCapacity || (tagCapacity > 1024 && tagCount <= 16) {
      tagSlots.deallocate()
      tagCapacity = max(tagCount, 16)
      tagSlots = .allocate(capacity: tagCapacity)
    }
    used = 0
    tagsUsed = 0
    message[0] = 0
  }

  func string(_ text: some CallText) -> fc_string_t {
    let count = text.utf8Count
    precondition(used + count + 1 <= byteCapacity, "reset was told fewer bytes than the call copies")
    let start = (bytes + used).assumingMemoryBound(to: UInt8.self)
    text.copyUTF8(to: start)
    start[count] = 0
    used += count + 1
    return fc_string_t(data: UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self), size: count)
  }

  func tags<Tags: Collection>(_ tags: Tags) -> UnsafePointer<fc_tag_t>? where Tags.Element: CallTag {
    guard !tags.isEmpty else { return nil }
    precondition(tagsUsed + tags.count <= tagCapacity, "reset was told fewer tags than the call copies")
    let first = tagSlots + tagsUsed
    for (offset, tag) in tags.enumerated() {
      first[offset] = fc_tag_t(key: string(tag.keyText), value: string(tag.valueText))
    }
    tagsUsed += tags.count
    return UnsafePointer(first)
  }

  /// The message the adapter wrote, bounded by the capacity even when it
  /// forgot the terminator.
  func writtenMessage() -> String? {
    let raw = UnsafeRawBufferPointer(start: message, count: Self.messageCapacity)
    let length = raw.firstIndex(of: 0) ?? Self.messageCapacity
    guard length > 0 else { return nil }
    return String(decoding: raw.prefix(length), as: UTF8.self)
  }
}
