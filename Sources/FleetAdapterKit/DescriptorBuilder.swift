import CFleetAdapter

/// Lays an `AdapterDefinition` out as the C structs of `fleet_adapter.h`.
/// Every allocation is permanent: the descriptor must outlive every call.
enum DescriptorBuilder {
  static func build(_ definition: AdapterDefinition) -> UnsafePointer<fc_adapter_t> {
    let runtime = AdapterRuntime(definition: definition)
    let brands = permanentArray(definition.brands.map(brandDecl))
    var adapter = fc_adapter_t()
    adapter.header = header(fc_adapter_t.self)
    adapter.id = permanentString(definition.id)
    adapter.version = permanentString(definition.version)
    adapter.group = permanentString(definition.group)
    adapter.swift_version = permanentString(AdapterExport.swiftVersion)
    adapter.flags = UInt32(FC_ADAPTER_FLAG_THREAD_SAFE)
    adapter.adapter_data = Unmanaged.passRetained(runtime).toOpaque()
    adapter.brands = brands
    adapter.brand_count = definition.brands.count
    adapter.`init` = nil
    adapter.deinit = nil
    adapter.check_eligibility = CThunks.checkEligibility
    adapter.map_event = definition.mapEvent == nil ? nil : CThunks.mapEvent
    adapter.get_extension = nil
    let pointer = UnsafeMutablePointer<fc_adapter_t>.allocate(capacity: 1)
    pointer.initialize(to: adapter)
    return UnsafePointer(pointer)
  }

  static func header<T>(_: T.Type) -> fc_header_t {
    fc_header_t(
      size: UInt32(MemoryLayout<T>.size), abi_major: UInt16(FC_ABI_VERSION_MAJOR),
      abi_minor: UInt16(FC_ABI_VERSION_MINOR))
  }

  /// A NUL-terminated copy, so C readers may also treat it as a C string.
  static func permanentString(_ text: String?) -> fc_string_t {
    guard let text, !text.isEmpty else { return fc_string_t(data: nil, size: 0) }
    let bytes = Array(text.utf8)
    let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
    for (index, byte) in bytes.enumerated() { buffer[index] = CChar(bitPattern: byte) }
    buffer[bytes.count] = 0
    return fc_string_t(data: buffer, size: bytes.count)
  }

  static func permanentArray<T>(_ elements: [T]) -> UnsafePointer<T>? {
    guard !elements.isEmpty else { return nil }
    let pointer = UnsafeMutablePointer<T>.allocate(capacity: elements.count)
    pointer.initialize(from: elements, count: elements.count)
    return UnsafePointer(pointer)
  }

  private static func brandDecl(_ brand: BrandDefinition) -> fc_brand_decl_t {
    var decl = fc_brand_decl_t()
    decl.header = header(fc_brand_decl_t.self)
    decl.brand = permanentString(brand.brand)
    decl.can_cancel = brand.canCancel ? 1 : 0
    decl.cancel_min_age_seconds = brand.canCancel ? brand.cancelMinimumAgeSeconds : 0
    decl.required_tags = permanentArray(brand.requiredTags.map { permanentString($0) })
    decl.required_tag_count = brand.requiredTags.count
    decl.reasons = permanentArray(brand.reasons.map(reasonDecl))
    decl.reason_count = brand.reasons.count
    decl.events = permanentArray(brand.events.map(eventDecl))
    decl.event_count = brand.events.count
    decl.timers = permanentArray(brand.timers.map(timerDecl))
    decl.timer_count = brand.timers.count
    decl.approve_requires_data = brand.approveRequiresData ? 1 : 0
    decl.add_during_transition = permanentString(brand.addDuringTransition)
    return decl
  }

  private static func reasonDecl(_ reason: Reason) -> fc_reason_decl_t {
    fc_reason_decl_t(
      header: header(fc_reason_decl_t.self), reason: permanentString(reason.text),
      kind: reason.kind == .pending ? UInt32(FC_REASON_PENDING) : UInt32(FC_REASON_REJECT),
      description: permanentString(reason.description))
  }

  private static func eventDecl(_ event: Event) -> fc_event_decl_t {
    let (effect, reason) = CodeMapping.code(for: event.effect)
    return fc_event_decl_t(
      header: header(fc_event_decl_t.self), event: permanentString(event.id), effect: effect,
      reason: permanentString(reason), description: permanentString(event.description))
  }

  private static func timerDecl(_ timer: PendingTimer) -> fc_timer_decl_t {
    let (effect, reason) = CodeMapping.code(for: timer.then)
    return fc_timer_decl_t(
      header: header(fc_timer_decl_t.self), status: UInt32(FC_STATUS_PENDING),
      reason: permanentString(timer.whilePendingReason),
      counts_from: timer.countsFrom == .created
        ? UInt32(FC_TIMER_FROM_CREATED) : UInt32(FC_TIMER_FROM_REASON_SET),
      unless_data_received: timer.unlessDataReceived ? 1 : 0,
      after_seconds: timer.afterSeconds, effect: effect, then_reason: permanentString(reason))
  }
}
