import CFleetAdapter

/// The C functions of the descriptor. They only translate: read the query
/// into Swift values, call the definition's closure, write the answer.
enum CThunks {
  static let checkEligibility:
    @convention(c) (
      UnsafePointer<fc_adapter_t>?, UnsafePointer<fc_eligibility_query_t>?,
      UnsafeMutablePointer<fc_eligibility_answer_t>?
    ) -> fc_status_t = { adapter, query, answer in
      guard let adapter, let runtime = AdapterRuntime.from(adapter), let answer else {
        return FC_ERROR_INVALID_INPUT
      }
      guard let query, query.pointee.header.size >= MemoryLayout<fc_eligibility_query_t>.size,
        let brand = query.pointee.brand.swiftString, let vin = query.pointee.vin.swiftString,
        let tags = tagDictionary(query.pointee.tags, query.pointee.tag_count)
      else {
        writeMessage("malformed eligibility query", answer.pointee.message, answer.pointee.message_capacity)
        return FC_ERROR_INVALID_INPUT
      }
      let verdict = runtime.definition.eligibility(
        EligibilityQuery(brand: brand, vin: vin, tags: tags))
      switch verdict {
      case .eligible:
        answer.pointee.verdict = UInt32(FC_ELIGIBLE)
        answer.pointee.reason = runtime.permanent(nil)
      case .eligiblePending(let reason):
        answer.pointee.verdict = UInt32(FC_ELIGIBLE)
        answer.pointee.reason = runtime.permanent(reason)
      case .notEligible(let reason):
        answer.pointee.verdict = UInt32(FC_NOT_ELIGIBLE)
        answer.pointee.reason = runtime.permanent(reason)
      }
      return FC_OK
    }

  static let mapEvent:
    @convention(c) (
      UnsafePointer<fc_adapter_t>?, UnsafePointer<fc_event_query_t>?,
      UnsafeMutablePointer<fc_event_answer_t>?
    ) -> fc_status_t = { adapter, query, answer in
      guard let adapter, let runtime = AdapterRuntime.from(adapter), let answer else {
        return FC_ERROR_INVALID_INPUT
      }
      guard let mapEvent = runtime.definition.mapEvent else { return FC_OK }
      guard let query, query.pointee.header.size >= MemoryLayout<fc_event_query_t>.size,
        let brand = query.pointee.brand.swiftString, let vin = query.pointee.vin.swiftString,
        let event = query.pointee.event.swiftString,
        let detail = query.pointee.detail.swiftString,
        let state = CodeMapping.state(for: query.pointee.current_status),
        let reason = query.pointee.current_reason.swiftString,
        let tags = tagDictionary(query.pointee.tags, query.pointee.tag_count)
      else {
        writeMessage("malformed event query", answer.pointee.message, answer.pointee.message_capacity)
        return FC_ERROR_INVALID_INPUT
      }
      let refined = mapEvent(
        EventQuery(
          brand: brand, vin: vin, event: event, detail: detail, state: state,
          reason: reason.isEmpty ? nil : reason, dataReceived: query.pointee.data_received != 0,
          tags: tags))
      if let refined {
        let (effect, reason) = CodeMapping.code(for: refined.effect)
        answer.pointee.effect = effect
        answer.pointee.reason = runtime.permanent(reason)
      }
      return FC_OK
    }

  private static func tagDictionary(_ tags: UnsafePointer<fc_tag_t>?, _ count: Int)
    -> [String: String]?
  {
    guard count > 0 else { return [:] }
    guard let tags else { return nil }
    var dictionary: [String: String] = [:]
    for index in 0..<count {
      guard let key = tags[index].key.swiftString, let value = tags[index].value.swiftString
      else { return nil }
      dictionary[key] = value
    }
    return dictionary
  }

  private static func writeMessage(
    _ message: String, _ buffer: UnsafeMutablePointer<CChar>?, _ capacity: Int
  ) {
    guard let buffer, capacity > 0 else { return }
    let bytes = Array(message.utf8.prefix(capacity - 1))
    for (index, byte) in bytes.enumerated() { buffer[index] = CChar(bitPattern: byte) }
    buffer[bytes.count] = 0
  }
}

extension fc_string_t {
  /// nil for a NULL pointer with a non-zero size; invalid UTF-8 is repaired.
  var swiftString: String? {
    guard size > 0 else { return "" }
    guard let data else { return nil }
    return String(decoding: UnsafeRawBufferPointer(start: data, count: size), as: UTF8.self)
  }
}
