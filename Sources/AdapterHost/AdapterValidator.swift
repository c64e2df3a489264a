import CFleetAdapter
import ClearanceCore

/// The conformance checks of adapters.md, in order. `validate` runs them in
/// a child process (see `IsolatedValidation`); these are the checks the
/// child runs.
///
/// init-repeat runs after the eligibility and event checks: it asks for
/// eligibility once, and before them it took the blame for a
/// check_eligibility that crashes or answers badly (a hot load stops at
/// the first failure, so the eligibility checks never reported it).
public enum AdapterValidator {
  static let checks: [ValidationCheck] =
    structureChecks + eligibilityChecks + eventChecks + [initRepeatCheck, extensionCheck]

  public static var checkNames: [String] { checks.map(\.name) }

  /// Runs the checks from index `start` on, in this process, reporting
  /// each through `emit` before and after it runs, so that a parent can
  /// tell which check a crash interrupted.
  public static func runWorker(path: String, from start: Int, emit: (WorkerLine) -> Void) {
    let context = ValidationContext(path: path)
    for index in start..<checks.count {
      emit(.begin(index))
      do {
        emit(.result(index, passed: true, detail: try checks[index].run(context)))
      } catch {
        emit(.result(index, passed: false, detail: error.detail))
      }
    }
  }

  static let structureChecks: [ValidationCheck] = [
    ValidationCheck(name: "library-opens") { context throws(CheckFailure) in
      do { _ = try DynamicLibrary.open(context.path) } catch { throw CheckFailure("\(error)") }
      return "dlopen with RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE succeeded"
    },
    ValidationCheck(name: "entry-symbol") { context throws(CheckFailure) in
      let library = try open(context)
      guard library.symbol(named: HostABI.entrySymbol) != nil else {
        throw CheckFailure(AdapterLoadError.missingEntry(symbol: HostABI.entrySymbol).description)
      }
      return "exports \(HostABI.entrySymbol)"
    },
    ValidationCheck(name: "entry-descriptor") { context throws(CheckFailure) in
      let library = try open(context)
      do {
        let first = try AdapterLoader.descriptorPointer(of: library)
        let second = try AdapterLoader.descriptorPointer(of: library)
        guard first == second else {
          throw CheckFailure(
            "two calls of the entry returned different descriptors; it must return one static descriptor")
        }
      } catch let error as AdapterLoadError {
        throw CheckFailure("\(error)")
      } catch let error as CheckFailure { throw error } catch { throw CheckFailure("\(error)") }
      return "the entry returns the same descriptor on every call"
    },
    ValidationCheck(name: "abi-version") { context throws(CheckFailure) in
      let library = try open(context)
      do {
        let raw = try AdapterLoader.descriptorPointer(of: library)
        let header = raw.pointee.header
        try DescriptorReader.checkVersion(header, field: "descriptor")
        return "built for ABI \(header.abi_major).\(header.abi_minor); host speaks \(HostABI.version)"
      } catch { throw CheckFailure("\(error)") }
    },
    ValidationCheck(name: "descriptor") { context throws(CheckFailure) in
      let library = try open(context)
      do {
        let descriptor = try DescriptorReader.read(try AdapterLoader.descriptorPointer(of: library))
        let reasons = descriptor.brands.reduce(0) { $0 + $1.reasons.count }
        let events = descriptor.brands.reduce(0) { $0 + $1.events.count }
        let brands = descriptor.brands.map(\.brand).joined(separator: ", ")
        return "\(descriptor.id) \(descriptor.version): brands \(brands); \(reasons) reasons, \(events) events"
      } catch { throw CheckFailure("\(error)") }
    },
    ValidationCheck(name: "init") { context throws(CheckFailure) in
      let adapter = try context.adapter()
      guard adapter.descriptor.hasInit else { return "no init function (allowed)" }
      let median = try Timing.median(runs: 5) { () throws(CheckFailure) in
        AdapterLoader.deinitialize(adapter)
        do { try AdapterLoader.initialize(adapter) } catch { throw CheckFailure("\(error)") }
      }
      guard median <= .milliseconds(100) else {
        throw CheckFailure("init takes \(Timing.text(median)) (median of 5), more than 100 ms")
      }
      return "init succeeds in \(Timing.text(median)) (median of 5)"
    },
  ]

  static let initRepeatCheck = ValidationCheck(name: "init-repeat") { context throws(CheckFailure) in
    let adapter = try context.adapter()
    for _ in 0..<3 {
      AdapterLoader.deinitialize(adapter)
      do { try AdapterLoader.initialize(adapter) } catch {
        throw CheckFailure("init failed after deinit: \(error)")
      }
    }
    let brand = adapter.descriptor.brands[0].brand
    do { _ = try adapter.checkEligibility(brand: brand, vin: Samples.vin, tags: []) } catch {
      throw CheckFailure("after repeated init/deinit: \(error)")
    }
    return "init/deinit three times, then the adapter still answers"
  }

  static func open(_ context: ValidationContext) throws(CheckFailure) -> DynamicLibrary {
    do { return try DynamicLibrary.open(context.path) } catch {
      throw CheckFailure("not run: \(error)")
    }
  }

  static let extensionCheck = ValidationCheck(name: "extension-lookup") { context throws(CheckFailure) in
    let adapter = try context.adapter()
    guard let lookup = adapter.raw.pointee.get_extension else {
      return "no get_extension (allowed: no optional capabilities)"
    }
    let unknown = "org.fleet-clearance.validator.unknown/1"
    guard lookup(adapter.raw, unknown) == nil else {
      throw CheckFailure("get_extension(\"\(unknown)\") must return NULL for an id it does not know")
    }
    return "unknown capability ids return NULL"
  }
}
