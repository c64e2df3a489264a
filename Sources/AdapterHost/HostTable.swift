import CFleetAdapter
import Glibc

/// The `fc_host_t` every adapter receives: one permanent instance, since
/// adapters may keep the pointer until `deinit`.
public enum HostTable {
  nonisolated(unsafe) static let shared: UnsafePointer<fc_host_t> = {
    // nonisolated(unsafe): written once here, read-only afterwards.
    var host = fc_host_t()
    host.header = fc_header_t(
      size: UInt32(MemoryLayout<fc_host_t>.size), abi_major: UInt16(FC_ABI_VERSION_MAJOR),
      abi_minor: UInt16(FC_ABI_VERSION_MINOR))
    host.name = permanent("fleet-clearance")
    host.version = permanent(hostVersion)
    host.log = { _, level, message in
      let text = (try? AdapterString.read(message, field: "log", limit: 4096)) ?? "(unreadable log message)"
      let label = ["", "error", "warn", "info", "debug"][Int(max(1, min(4, level)))]
      let line = Array("fleet-clearance: adapter \(label): \(text)\n".utf8)
      line.withUnsafeBytes { _ = Glibc.write(2, $0.baseAddress, $0.count) }
    }
    let pointer = UnsafeMutablePointer<fc_host_t>.allocate(capacity: 1)
    pointer.initialize(to: host)
    return UnsafePointer(pointer)
  }()

  /// Set by the host at start-up so adapters see the real version.
  nonisolated(unsafe) public static var hostVersion = "0.1.0"

  private static func permanent(_ text: String) -> fc_string_t {
    let bytes = Array(text.utf8)
    let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
    for (index, byte) in bytes.enumerated() { buffer[index] = CChar(bitPattern: byte) }
    buffer[bytes.count] = 0
    return fc_string_t(data: buffer, size: bytes.count)
  }
}
