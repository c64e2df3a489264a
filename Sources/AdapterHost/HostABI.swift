import CFleetAdapter
import FleetAdapterKit

/// What this host speaks and runs on.
public enum HostABI {
  public static let major = Int(FC_ABI_VERSION_MAJOR)
  public static let minor = Int(FC_ABI_VERSION_MINOR)
  public static var version: String { "\(major).\(minor)" }
  public static let entrySymbol = FC_ENTRY_SYMBOL_V1

  /// "MAJOR.MINOR" of the compiler that built the host, computed by the
  /// same code as a Swift adapter's, so that the two compare exactly.
  public static var swiftVersion: String { AdapterExport.swiftVersion }
}
