import CFleetAdapter
import ClearanceCore
import Synchronization

/// A loaded adapter: its checked descriptor and the way to call it.
///
/// `@unchecked Sendable`: `raw` points at the adapter's static, read-only
/// descriptor, and every call into the adapter goes through `callLock`
/// unless the adapter declared itself thread-safe.
public final class LoadedAdapter: @unchecked Sendable {
  public let descriptor: AdapterDescriptor
  public let library: DynamicLibrary
  let raw: UnsafePointer<fc_adapter_t>
  private let callLock = Mutex<Void>(())
  private let rulesByBrand: [String: BrandRules]

  init(descriptor: AdapterDescriptor, library: DynamicLibrary, raw: UnsafePointer<fc_adapter_t>) {
    self.descriptor = descriptor
    self.library = library
    self.raw = raw
    rulesByBrand = Dictionary(uniqueKeysWithValues: descriptor.brands.map { ($0.brand, $0) })
  }

  public func rules(for brand: String) -> BrandRules? { rulesByBrand[brand] }

  /// Runs `body` under the adapter's thread rule.
  func serialized<T>(_ body: () throws(AdapterCallError) -> T) throws(AdapterCallError) -> T {
    if descriptor.threadSafe { return try body() }
    return try callLock.withLock { _ throws(AdapterCallError) in try body() }
  }

  func failure(_ function: String, _ problem: String) -> AdapterCallError {
    AdapterCallError(adapterID: descriptor.id, function: function, problem: problem)
  }
}
