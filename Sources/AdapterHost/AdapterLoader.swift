import CFleetAdapter
import ClearanceCore

/// Loads an adapter library into this process: open, find the entry, read
/// and check the descriptor, run `init`. These are the fast in-process
/// checks; `AdapterValidator` adds the behavioural ones.
public enum AdapterLoader {
  public static func load(path: String) throws(AdapterLoadError) -> LoadedAdapter {
    let adapter = try open(path: path)
    try initialize(adapter)
    return adapter
  }

  /// Opens the library and reads its descriptor, without running `init`:
  /// the registry first checks the id and brands, so that a library it
  /// refuses never initializes.
  /// `label` names the library in its log lines until its descriptor is
  /// read (a hot load opens a private copy: the original's file name).
  public static func open(path: String, label: String? = nil) throws(AdapterLoadError) -> LoadedAdapter {
    try open(path: path, label: label, context: nil)
  }

  /// `context`, in the validator, is told each step before it runs, so that
  /// a crash names the step.
  static func open(path: String, label: String? = nil, context: ValidationContext?) throws(AdapterLoadError)
    -> LoadedAdapter
  {
    context?.doing(ValidationContext.opening)
    let library = try DynamicLibrary.open(path)
    let hostTable = HostTable.make(label: label ?? String(path.split(separator: "/").last ?? "adapter"))
    context?.calling(HostABI.entrySymbol)
    let raw = try descriptorPointer(of: library, hostTable: hostTable)
    context?.doing(ValidationContext.readingDescriptor)
    let descriptor = try DescriptorReader.read(raw)
    HostTable.rename(hostTable, to: descriptor.id)
    return LoadedAdapter(descriptor: descriptor, library: library, raw: raw, hostTable: hostTable)
  }

  static func descriptorPointer(
    of library: DynamicLibrary, hostTable: UnsafePointer<fc_host_t> = HostTable.validation
  ) throws(AdapterLoadError) -> UnsafePointer<fc_adapter_t> {
    guard let symbol = library.symbol(named: HostABI.entrySymbol) else {
      throw .missingEntry(symbol: HostABI.entrySymbol)
    }
    let entry = unsafeBitCast(symbol, to: fc_adapter_entry_v1_fn.self)
    guard let raw = entry(hostTable) else { throw .entryReturnedNull }
    return raw
  }

  static func initialize(_ adapter: LoadedAdapter) throws(AdapterLoadError) {
    guard let initFunction = adapter.raw.pointee.`init` else { return }
    let scratch = CallScratch()
    let status = initFunction(adapter.raw, adapter.hostTable, scratch.message, CallScratch.messageCapacity)
    guard status == FC_OK else {
      throw .initFailed(message: scratch.writtenMessage() ?? "status \(status), no message")
    }
  }

  static func deinitialize(_ adapter: LoadedAdapter) {
    adapter.raw.pointee.deinit?(adapter.raw)
  }
}
