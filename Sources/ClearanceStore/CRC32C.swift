import CCRC32C

/// CRC-32C (Castagnoli), the checksum of every journal record: it catches
/// torn writes and bit rot that a length field alone would not. The work is
/// in the CCRC32C target (the crc32 instruction where the CPU has it).
enum CRC32C {
  static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
    fc_crc32c(bytes.baseAddress, bytes.count)
  }

  static func checksum(_ bytes: [UInt8]) -> UInt32 {
    bytes.withUnsafeBytes { checksum($0) }
  }

  /// The table-driven path alone, whatever the CPU (for tests).
  static func portableChecksum(_ bytes: [UInt8]) -> UInt32 {
    bytes.withUnsafeBytes { fc_crc32c_portable($0.baseAddress, $0.count) }
  }
}
