import ClearanceCore

/// Text the host hands to an adapter: Strings on the normal path, raw bytes
/// when the validator sends garbage (invalid UTF-8) on purpose.
protocol CallText {
  var utf8Count: Int { get }
  func copyUTF8(to destination: UnsafeMutablePointer<UInt8>)
}

extension String: CallText {
  var utf8Count: Int { utf8.count }

  func copyUTF8(to destination: UnsafeMutablePointer<UInt8>) {
    let copied: Void? = utf8.withContiguousStorageIfAvailable { source in
      if let base = source.baseAddress { destination.update(from: base, count: source.count) }
    }
    if copied == nil {
      for (offset, byte) in utf8.enumerated() { destination[offset] = byte }
    }
  }
}

extension Array: CallText where Element == UInt8 {
  var utf8Count: Int { count }

  func copyUTF8(to destination: UnsafeMutablePointer<UInt8>) {
    withUnsafeBufferPointer { source in
      if let base = source.baseAddress { destination.update(from: base, count: source.count) }
    }
  }
}

/// A tag as the host hands it to an adapter.
protocol CallTag {
  associatedtype Text: CallText
  var keyText: Text { get }
  var valueText: Text { get }
}

extension Tag: CallTag {
  var keyText: String { key }
  var valueText: String { value }
}

/// A tag of raw bytes (the validator's garbage).
struct RawTag: CallTag {
  var keyText: [UInt8]
  var valueText: [UInt8]
}

extension Collection where Element: CallTag {
  /// Bytes and strings the tags copy into a call's scratch.
  var callByteCount: (bytes: Int, strings: Int) {
    var total = 0
    for tag in self { total += tag.keyText.utf8Count + tag.valueText.utf8Count }
    return (total, count * 2)
  }
}
