import CFleetAdapter

/// The calls at byte level, so that the validator can also send garbage
/// (invalid UTF-8, huge strings) exactly as a hostile client could.
extension LoadedAdapter {
  static let messageCapacity = 512

  func rawEligibility(brand: [UInt8], vin: [UInt8], tags: [([UInt8], [UInt8])]) throws(AdapterCallError)
    -> (status: fc_status_t, verdict: UInt32, reason: String?, message: String?)
  {
    try serialized { () throws(AdapterCallError) in
      var arena = CallArena()
      let brandString = arena.string(brand)
      let vinString = arena.string(vin)
      let tagArray = arena.tags(tags)
      var query = fc_eligibility_query_t(
        header: header(fc_eligibility_query_t.self), brand: brandString, vin: vinString,
        tags: tagArray, tag_count: tags.count)
      let message = arena.messageBuffer(Self.messageCapacity)
      var answer = fc_eligibility_answer_t(
        header: header(fc_eligibility_answer_t.self), verdict: UInt32(FC_ELIGIBLE),
        reason: fc_string_t(data: nil, size: 0), message: message, message_capacity: Self.messageCapacity)
      let status = raw.pointee.check_eligibility!(raw, &query, &answer)
      let reason = try answerString(answer.reason, function: "check_eligibility")
      return (status, answer.verdict, reason, status == FC_OK ? nil : arena.message(message, Self.messageCapacity))
    }
  }

  func rawMapEvent(
    brand: [UInt8], vin: [UInt8], event: [UInt8], detail: [UInt8], status currentStatus: fc_status_code_t,
    reason currentReason: [UInt8], dataReceived: Bool, tags: [([UInt8], [UInt8])],
    declared: (fc_effect_t, String?)
  ) throws(AdapterCallError) -> (status: fc_status_t, effect: fc_effect_t, reason: String?, message: String?) {
    try serialized { () throws(AdapterCallError) in
      var arena = CallArena()
      var query = fc_event_query_t(
        header: header(fc_event_query_t.self), brand: arena.string(brand), vin: arena.string(vin),
        event: arena.string(event), detail: arena.string(detail), current_status: currentStatus,
        current_reason: arena.string(currentReason), data_received: dataReceived ? 1 : 0,
        tags: arena.tags(tags), tag_count: tags.count)
      let message = arena.messageBuffer(Self.messageCapacity)
      // The declared reason lives in the adapter's own descriptor memory,
      // but the host's copy is what it hands back: an arena string.
      var answer = fc_event_answer_t(
        header: header(fc_event_answer_t.self), effect: declared.0,
        reason: arena.string(Array((declared.1 ?? "").utf8)), message: message,
        message_capacity: Self.messageCapacity)
      let status = raw.pointee.map_event!(raw, &query, &answer)
      let reason = try answerString(answer.reason, function: "map_event")
      return (status, answer.effect, reason, status == FC_OK ? nil : arena.message(message, Self.messageCapacity))
    }
  }

  private func answerString(_ value: fc_string_t, function: String) throws(AdapterCallError) -> String? {
    do {
      return try AdapterString.read(value, field: "answer.reason", limit: Int(FC_MAX_TEXT_LENGTH))
    } catch {
      throw failure(function, error.description)
    }
  }

  private func header<T>(_: T.Type) -> fc_header_t {
    fc_header_t(
      size: UInt32(MemoryLayout<T>.size), abi_major: UInt16(FC_ABI_VERSION_MAJOR),
      abi_minor: UInt16(FC_ABI_VERSION_MINOR))
  }
}
