import CFleetAdapter

/// The calls at byte level, so that the validator can also send garbage
/// (invalid UTF-8, huge strings) exactly as a hostile client could.
extension LoadedAdapter {
  static var messageCapacity: Int { CallScratch.messageCapacity }

  func rawEligibility<Text: CallText, Tags: Collection>(brand: Text, vin: Text, tags: Tags) throws(AdapterCallError)
    -> (status: fc_status_t, verdict: UInt32, reason: String?, message: String?)
  where Tags.Element: CallTag {
    try withScratch { (scratch) throws(AdapterCallError) in
      let tagBytes = tags.callByteCount
      scratch.reset(
        byteCount: brand.utf8Count + vin.utf8Count + tagBytes.bytes, stringCount: 2 + tagBytes.strings,
        tagCount: tags.count)
      var query = fc_eligibility_query_t(
        header: header(fc_eligibility_query_t.self), brand: scratch.string(brand), vin: scratch.string(vin),
        tags: scratch.tags(tags), tag_count: tags.count)
      var answer = fc_eligibility_answer_t(
        header: header(fc_eligibility_answer_t.self), verdict: UInt32(FC_ELIGIBLE),
        reason: fc_string_t(data: nil, size: 0), message: scratch.message,
        message_capacity: CallScratch.messageCapacity)
      let status = raw.pointee.check_eligibility!(raw, &query, &answer)
      let reason = try answerString(answer.reason, function: "check_eligibility")
      return (status, answer.verdict, reason, status == FC_OK ? nil : scratch.writtenMessage())
    }
  }

  func rawMapEvent<Text: CallText, Tags: Collection>(
    brand: Text, vin: Text, event: Text, detail: Text, status currentStatus: fc_status_code_t,
    reason currentReason: Text, dataReceived: Bool, tags: Tags, declared: (fc_effect_t, String?)
  ) throws(AdapterCallError) -> (status: fc_status_t, effect: fc_effect_t, reason: String?, message: String?)
  where Tags.Element: CallTag {
    try withScratch { (scratch) throws(AdapterCallError) in
      let tagBytes = tags.callByteCount
      let declaredReason = declared.1 ?? ""
      let byteCount =
        brand.utf8Count + vin.utf8Count + event.utf8Count + detail.utf8Count + currentReason.utf8Count
        + declaredReason.utf8Count + tagBytes.bytes
      scratch.reset(byteCount: byteCount, stringCount: 6 + tagBytes.strings, tagCount: tags.count)
      var query = fc_event_query_t(
        header: header(fc_event_query_t.self), brand: scratch.string(brand), vin: scratch.string(vin),
        event: scratch.string(event), detail: scratch.string(detail), current_status: currentStatus,
        current_reason: scratch.string(currentReason), data_received: dataReceived ? 1 : 0,
        tags: scratch.tags(tags), tag_count: tags.count)
      // The declared reason lives in the adapter's own descriptor memory,
      // but the host's copy is what it hands back: a scratch string.
      var answer = fc_event_answer_t(
        header: header(fc_event_answer_t.self), effect: declared.0, reason: scratch.string(declaredReason),
        message: scratch.message, message_capacity: CallScratch.messageCapacity)
      let status = raw.pointee.map_event!(raw, &query, &answer)
      let reason = try answerString(answer.reason, function: "map_event")
      return (status, answer.effect, reason, status == FC_OK ? nil : scratch.writtenMessage())
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
