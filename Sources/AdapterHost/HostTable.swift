import CFleetAdapter
import Glibc
import Synchronization

/// The `fc_host_t` tables adapters receive: one per library opened, so that
/// a log line names the adapter that wrote it. Tables are never freed: an
/// adapter may keep the pointer until `deinit`, and retired adapters stay
/// loaded.
public enum HostTable {
  /// Set by the host at start-up so adapters see the real version.
  nonisolated(unsafe) public static var hostVersion = "0.1.0"
  /// The most verbose `FC_LOG_*` level written; set once at start-up from
  /// `--log-level`.
  nonisolated(unsafe) public static var logThreshold = Int32(FC_LOG_WARN)

  /// Who each table belongs to, by table address: the library's file name
  /// until its descriptor is read, then the adapter id.
  private static let labels = Mutex<[Int: String]>([:])

  /// The table of the validator's own calls of the entry function.
  /// nonisolated(unsafe): written once, read-only afterwards.
  nonisolated(unsafe) static let validation = make(label: "under validation")

  static func make(label: String) -> UnsafePointer<fc_host_t> {
    var host = fc_host_t()
    host.header = fc_header_t(
      size: UInt32(MemoryLayout<fc_host_t>.size), abi_major: UInt16(FC_ABI_VERSION_MAJOR),
      abi_minor: UInt16(FC_ABI_VERSION_MINOR))
    host.name = permanent("fleet-clearance")
    host.version = permanent(hostVersion)
    host.log = { table, level, message in
      guard level <= HostTable.logThreshold else { return }
      let text =
        (try? AdapterString.read(message, field: "log", limit: 4096, allowsNUL: true)) ?? "(unreadable log message)"
      let name = ["", "error", "warn", "info", "debug"][Int(max(1, min(4, level)))]
      let label = table.flatMap { pointer in HostTable.labels.withLock { $0[Int(bitPattern: pointer)] } } ?? "?"
      let line = Array("fleet-clearance: adapter \(label): \(name): \(text)\n".utf8)
      line.withUnsafeBytes { _ = Glibc.write(2, $0.baseAddress, $0.count) }
    }
    let pointer = UnsafeMutablePointer<fc_host_t>.allocate(capacity: 1)
    pointer.initialize(to: host)
    rename(UnsafePointer(pointer), to: label)
    return UnsafePointer(pointer)
  }

  static func rename(_ table: UnsafePointer<fc_host_t>, to label: String) {
    labels.withLock { $0[Int(bitPattern: table)] = label }
  }

  private static func permanent(_ text: String) -> fc_string_t {
    let bytes = Array(text.utf8)
    let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
    for (index, byte) in bytes.enumerated() { buffer[index] = CChar(bitPattern: byte) }
    buffer[bytes.count] = 0
    return fc_string_t(data: buffer, size: bytes.count)
  }
}
