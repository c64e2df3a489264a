import CFleetAdapter
import ClearanceCore

/// Reads an adapter's C descriptor into `AdapterDescriptor`, checking every
/// size, version, string and cross-reference on the way. The first problem
/// found is thrown with the path of the field that has it.
struct DescriptorReader {
  static let maxArrayCount = 10_000
  /// The largest element size an array may declare. Real structs are well
  /// under 1 KiB; a garbage size must not make the reader step far past
  /// the adapter's data.
  static let maxElementSize = 64 << 10

  static func read(_ adapter: UnsafePointer<fc_adapter_t>) throws(AdapterLoadError)
    -> AdapterDescriptor
  {
    let header = adapter.pointee.header
    try checkVersion(header, field: "descriptor")
    try checkSize(header, of: fc_adapter_t.self, field: "descriptor")
    let raw = adapter.pointee
    let id = try string(raw.id, "id", limit: Int(FC_MAX_ID_LENGTH), required: true)
    guard isIdentifier(id) else {
      throw .invalidField(field: "id", problem: "\"\(id)\" must use only a-z, 0-9, '.', '_' and '-'")
    }
    let version = try string(raw.version, "version", limit: Int(FC_MAX_TEXT_LENGTH), required: true)
    let group = try string(raw.group, "group", limit: Int(FC_MAX_TEXT_LENGTH), required: true)
    let swiftVersion = try string(raw.swift_version, "swift_version", limit: 16, required: false)
    if !swiftVersion.isEmpty && swiftVersion != HostABI.swiftVersion {
      throw .incompatibleVersion(
        field: "swift_version",
        problem:
          "the adapter was built with Swift \(swiftVersion), the host with Swift \(HostABI.swiftVersion); Swift adapters share the host's runtime, so rebuild the adapter with the host's toolchain"
      )
    }
    guard raw.check_eligibility != nil else {
      throw .invalidField(field: "check_eligibility", problem: "is NULL; every adapter must answer eligibility")
    }
    let brandDecls = try array(raw.brands, raw.brand_count, "brands", of: fc_brand_decl_t.self)
    guard !brandDecls.isEmpty else {
      throw .invalidField(field: "brands", problem: "declares no brand; an adapter serves at least one")
    }
    var brands: [BrandRules] = []
    for (index, decl) in brandDecls.enumerated() {
      let rules = try brand(decl, group: group, field: "brands[\(index)]")
      if brands.contains(where: { $0.brand == rules.brand }) {
        throw .invalidField(
          field: "brands[\(index)].brand", problem: "\"\(rules.brand)\" is declared twice")
      }
      brands.append(rules)
    }
    return AdapterDescriptor(
      id: id, version: version, group: group,
      abiVersion: "\(header.abi_major).\(header.abi_minor)", swiftVersion: swiftVersion,
      threadSafe: raw.flags & UInt32(FC_ADAPTER_FLAG_THREAD_SAFE) != 0, brands: brands,
      hasInit: raw.`init` != nil, hasDeinit: raw.deinit != nil, hasMapEvent: raw.map_event != nil,
      hasGetExtension: raw.get_extension != nil)
  }

  static func checkVersion(_ header: fc_header_t, field: String) throws(AdapterLoadError) {
    if Int(header.abi_major) != HostABI.major {
      throw .incompatibleVersion(
        field: "\(field).header.abi_major",
        problem:
          "the adapter was built for ABI \(header.abi_major).\(header.abi_minor); this host loads ABI \(HostABI.major).x up to \(HostABI.version)"
      )
    }
    if Int(header.abi_minor) > HostABI.minor {
      throw .incompatibleVersion(
        field: "\(field).header.abi_minor",
        problem:
          "the adapter needs ABI \(header.abi_major).\(header.abi_minor), newer than this host's \(HostABI.version); update the host"
      )
    }
  }

  static func checkSize<T>(_ header: fc_header_t, of type: T.Type, field: String)
    throws(AdapterLoadError)
  {
    let needed = MemoryLayout<T>.size
    guard Int(header.size) >= needed else {
      throw .invalidField(
        field: "\(field).header.size",
        problem:
          "is \(header.size) bytes, smaller than the \(needed) bytes of \(T.self) in ABI \(header.abi_major).\(header.abi_minor)"
      )
    }
  }

  /// Reads an array stepping by its first element's declared size, so that
  /// an adapter built against a newer minor (larger structs) still reads.
  /// Every element's header is checked: its size must be the first one's,
  /// and its version one this host loads (element 0's alone says nothing
  /// about the others).
  static func array<T>(_ base: UnsafePointer<T>?, _ count: Int, _ field: String, of type: T.Type)
    throws(AdapterLoadError) -> [T]
  {
    guard count > 0 else { return [] }
    guard count <= maxArrayCount else {
      throw .invalidField(field: "\(field)", problem: "has \(count) elements, more than \(maxArrayCount)")
    }
    guard let base else {
      throw .invalidField(field: field, problem: "is NULL with a count of \(count)")
    }
    let raw = UnsafeRawPointer(base)
    let first = raw.loadUnaligned(as: fc_header_t.self)
    try checkVersion(first, field: "\(field)[0]")
    try checkSize(first, of: T.self, field: "\(field)[0]")
    guard Int(first.size) <= maxElementSize else {
      throw .invalidField(
        field: "\(field)[0].header.size",
        problem:
          "is \(first.size) bytes, more than the \(maxElementSize) bytes any element may have; is the header filled?")
    }
    var elements: [T] = []
    elements.reserveCapacity(count)
    for index in 0..<count {
      let element = raw.advanced(by: index * Int(first.size))
      let header = element.loadUnaligned(as: fc_header_t.self)
      guard header.size == first.size else {
        throw .invalidField(
          field: "\(field)[\(index)].header.size",
          problem: "is \(header.size), but \(field)[0] says \(first.size); all elements share one size")
      }
      if index > 0 { try checkVersion(header, field: "\(field)[\(index)]") }
      elements.append(element.loadUnaligned(as: T.self))
    }
    return elements
  }

  /// Arrays of header-less elements (strings, tags).
  static func plainArray<T>(_ base: UnsafePointer<T>?, _ count: Int, _ field: String)
    throws(AdapterLoadError) -> [T]
  {
    guard count > 0 else { return [] }
    guard count <= maxArrayCount else {
      throw .invalidField(field: field, problem: "has \(count) elements, more than \(maxArrayCount)")
    }
    guard let base else { throw .invalidField(field: field, problem: "is NULL with a count of \(count)") }
    return Array(UnsafeBufferPointer(start: base, count: count))
  }

  static func string(_ value: fc_string_t, _ field: String, limit: Int, required: Bool)
    throws(AdapterLoadError) -> String
  {
    guard let text = try AdapterString.read(value, field: field, limit: limit) else {
      if required { throw .invalidField(field: field, problem: "is empty; it is required") }
      return ""
    }
    if required && text.isEmpty {
      throw .invalidField(field: field, problem: "is empty; it is required")
    }
    return text
  }

  static func isIdentifier(_ text: String) -> Bool {
    !text.isEmpty
      && text.utf8.allSatisfy { byte in
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2E
          || byte == 0x5F || byte == 0x2D
      }
  }
}
