import CFleetAdapter
import ClearanceCore
import Synchronization

/// A loaded adapter: its checked descriptor and the way to call it.
///
/// `@unchecked Sendable`: `raw` points at the adapter's static, read-only
/// descriptor, and every call into the adapter goes through `callState`'s
/// lock unless the adapter declared itself thread-safe.
public final class LoadedAdapter: @unchecked Sendable {
  public let descriptor: AdapterDescriptor
  public let library: DynamicLibrary
  let raw: UnsafePointer<fc_adapter_t>
  /// The `fc_host_t` its entry function received; `init` gets the same.
  let hostTable: UnsafePointer<fc_host_t>
  /// The lock that serializes calls, and the scratch memory they reuse.
  private let callState = Mutex<CallScratch>(CallScratch())
  private let rulesByBrand: [String: BrandRules]

  init(
    descriptor: AdapterDescriptor, library: DynamicLibrary, raw: UnsafePointer<fc_adapter_t>,
    hostTable: UnsafePointer<fc_host_t>
  ) {
    self.descriptor = descriptor
    self.library = library
    self.raw = raw
    self.hostTable = hostTable
    rulesByBrand = Dictionary(uniqueKeysWithValues: descriptor.brands.map { ($0.brand, $0) })
  }

  public func rules(for brand: String) -> BrandRules? { rulesByBrand[brand] }

  /// Runs `body` under the adapter's thread rule, with scratch memory for
  /// the query. A thread-safe adapter's calls run concurrently: one that
  /// finds the shared scratch busy gets its own.
  func withScratch<T>(_ body: (CallScratch) throws(AdapterCallError) -> T) throws(AdapterCallError) -> T {
    if descriptor.threadSafe {
      let shared = try callState.withLockIfAvailable { (scratch) throws(AdapterCallError) in try body(scratch) }
      if let shared { return shared }
      return try body(CallScratch())
    }
    return try callState.withLock { (scratch) throws(AdapterCallError) in try body(scratch) }
  }

  func failure(_ function: String, _ problem: String) -> AdapterCallError {
    AdapterCallError(adapterID: descriptor.id, function: function, problem: problem)
  }
}
