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
  /// each through `emit` before and after it runs, and which adapter
  /// function it calls, so that a parent can tell which check a crash
  /// interrupted and in what.
  public static func runWorker(path: String, from start: Int, emit: @escaping (WorkerLine) -> Void) {
    let context = ValidationContext(path: path)
    for index in start..<checks.count {
      emit(.begin(index))
      context.begin { emit(.activity(index, $0)) }
      do {
        emit(.result(index, passed: true, detail: try checks[index].run(context)))
      } catch {
        emit(.result(index, passed: false, detail: error.detail))
      }
    }
  }

  static let structureChecks: [ValidationCheck] = [
    ValidationCheck(name: "library-opens") { context throws(CheckFailure) in
      context.doing(ValidationContext.opening)
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
      context.calling(HostABI.entrySymbol)
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
      context.calling(HostABI.entrySymbol)
      do {
        let raw = try AdapterLoader.descriptorPointer(of: library)
        context.doing(ValidationContext.readingDescriptor)
        let header = raw.pointee.header
        try DescriptorReader.checkVersion(header, field: "descriptor")
        return "built for ABI \(header.abi_major).\(header.abi_minor); host speaks \(HostABI.version)"
      } catch { throw CheckFailure("\(error)") }
    },
    ValidationCheck(name: "descriptor") { context throws(CheckFailure) in
      let library = try open(context)
      context.calling(HostABI.entrySymbol)
      do {
        let raw = try AdapterLoader.descriptorPointer(of: library)
        context.doing(ValidationContext.readingDescriptor)
        let descriptor = try DescriptorReader.read(raw)
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
        context.calling("deinit")
        AdapterLoader.deinitialize(adapter)
        context.calling("init")
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
      context.calling("deinit")
      AdapterLoader.deinitialize(adapter)
      context.calling("init")
      do { try AdapterLoader.initialize(adapter) } catch {
        throw CheckFailure("init failed after deinit: \(error)")
      }
    }
    let brand = adapter.descriptor.brands[0].brand
    context.calling("check_eligibility")
    do { _ = try adapter.checkEligibility(brand: brand, vin: Samples.vin, tags: []) } catch {
      throw CheckFailure("after repeated init/deinit: \(error)")
    }
    return "init/deinit three times, then the adapter still answers"
  }

  static func open(_ context: ValidationContext) throws(CheckFailure) -> DynamicLibrary {
    context.doing(ValidationContext.opening)
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
    context.calling("get_extension")
    guard lookup(adapter.raw, unknown) == nil else {
      throw CheckFailure("get_extension(\"\(unknown)\") must return NULL for an id it does not know")
    }
    return "unknown capability ids return NULL"
  }
}
