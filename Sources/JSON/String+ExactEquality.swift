/// Byte-exact UTF-8 comparison. `String ==` uses canonical equivalence, so
/// "é" as one scalar equals "e" + U+0301; keys and interned values must not.
@inline(__always)
public func exactlyEqual(_ a: String, _ b: String) -> Bool {
  guard a.utf8.count == b.utf8.count else { return false }
  var a = a
  var b = b
  // withUTF8 on a native string borrows its storage (a small string's is
  // copied to the stack): no allocation, and the loop below sees raw bytes.
  return a.withUTF8 { x in b.withUTF8 { y in bytesEqual(x, y) } }
}

/// Eight bytes a step; callers have checked that the counts match.
@inline(__always)
func bytesEqual(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
  let count = x.count
  guard count > 0, let left = x.baseAddress, let right = y.baseAddress else { return true }
  let leftRaw = UnsafeRawPointer(left)
  let rightRaw = UnsafeRawPointer(right)
  var offset = 0
  while offset + 8 <= count {
    if leftRaw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      != rightRaw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    {
      return false
    }
    offset += 8
  }
  while offset < count {
    if left[offset] != right[offset] { return false }
    offset += 1
  }
  return true
}
