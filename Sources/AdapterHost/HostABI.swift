import CFleetAdapter

/// What this host speaks and runs on.
public enum HostABI {
  public static let major = Int(FC_ABI_VERSION_MAJOR)
  public static let minor = Int(FC_ABI_VERSION_MINOR)
  public static var version: String { "\(major).\(minor)" }
  public static let entrySymbol = FC_ENTRY_SYMBOL_V1

  /// "MAJOR.MINOR" of the compiler that built the host, computed the same
  /// way as the adapter kit's, so that the two can be compared.
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
