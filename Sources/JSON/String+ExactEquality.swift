/// Byte-exact UTF-8 comparison. `String ==` uses canonical equivalence, so
/// "é" as one scalar equals "e" + U+0301; keys and interned values must not.
@inline(__always)
public func exactlyEqual(_ a: String, _ b: String) -> Bool {
  let a8 = a.utf8
  let b8 = b.utf8
  guard a8.count == b8.count else { return false }
  // Native strings, small ones included, lend their bytes without a copy.
  let fast = a8.withContiguousStorageIfAvailable { x in b8.withContiguousStorageIfAvailable { y in bytesEqual(x, y) } }
  if case .some(.some(let equal)) = fast { return equal }
  return a8.elementsEqual(b8)
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
