import CFleetAdapter
import Synchronization

/// Exports an `AdapterDefinition` through the C interface.
///
/// Your adapter library needs exactly this much glue:
///
/// ```swift
/// @_cdecl("fc_adapter_entry_v1")
/// public func entry(_ host: UnsafeRawPointer?) -> UnsafeRawPointer? {
///   AdapterExport.entry(host: host) { myAdapterDefinition }
/// }
/// ```
public enum AdapterExport {
  private static let exported = Mutex<UnsafeRawPointer?>(nil)

  /// Returns the library's descriptor, building it on the first call. The
  /// descriptor and everything it points to live until the process ends,
  /// as the interface requires.
  public static func entry(
    host: UnsafeRawPointer?, _ definition: () -> AdapterDefinition
  ) -> UnsafeRawPointer? {
    exported.withLock { descriptor in
      if let descriptor { return descriptor }
      let built = UnsafeRawPointer(DescriptorBuilder.build(definition()))
      descriptor = built
      return built
    }
  }

  /// "MAJOR.MINOR" of the compiler that built this code. The host compares
  /// it with its own: Swift adapters share the host's Swift runtime.
  public static var swiftVersion: String {
    #if compiler(>=7.0)
      "7.x"
    #elseif compiler(>=6.5)
      "6.5"
    #elseif compiler(>=6.4)
      "6.4"
    #elseif compiler(>=6.3)
      "6.3"
    #elseif compiler(>=6.2)
      "6.2"
    #else
      "6.1"
    #endif
  }
}
