import CFleetAdapter
import Synchronization

/// What the C thunks reach through `adapter_data`: the definition and the
/// permanent copies of every reason string handed to the host.
final class AdapterRuntime: Sendable {
  let definition: AdapterDefinition
  private let interned = Mutex<[String: fc_string_t]>([:])

  init(definition: AdapterDefinition) {
    self.definition = definition
  }

  static func from(_ adapter: UnsafePointer<fc_adapter_t>) -> AdapterRuntime? {
    guard let data = adapter.pointee.adapter_data else { return nil }
    return Unmanaged<AdapterRuntime>.fromOpaque(data).takeUnretainedValue()
  }

  /// Answers must point at memory that outlives the call; the set of
  /// reasons is small and fixed, so each is copied once and kept.
  func permanent(_ text: String?) -> fc_string_t {
    guard let text, !text.isEmpty else { return fc_string_t(data: nil, size: 0) }
    return interned.withLock { table in
      if let existing = table[text] { return existing }
      let string = DescriptorBuilder.permanentString(text)
      table[text] = string
      return string
    }
  }
}
