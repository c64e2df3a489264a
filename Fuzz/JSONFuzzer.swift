import JSON
import JSONRPC

/// libFuzzer's entry point, built and run by Fuzz/run.sh. For any bytes:
/// the parser must not crash; what it accepts must survive writing and
/// parsing again unchanged, and the request decoder must answer it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let value = try? JSONParser.parse(UnsafeRawBufferPointer(start: data, count: size)) else { return 0 }
  checkRoundTrip(value)
  checkNumbers(value)
  for message in value.arrayValue ?? [value] { decode(message) }
  return 0
}

/// Write, parse, write: the value and the bytes must come back the same.
func checkRoundTrip(_ value: JSON) {
  var written: [UInt8] = []
  JSONWriter.write(value, into: &written)
  let reparsed: JSON
  do {
    reparsed = try JSONParser.parse(written)
  } catch {
    fatalError("the writer's output does not parse (\(error)): \(String(decoding: written, as: UTF8.self))")
  }
  guard reparsed == value else {
    fatalError("the round trip changed the value: \(String(decoding: written, as: UTF8.self))")
  }
  var rewritten: [UInt8] = []
  JSONWriter.write(reparsed, into: &rewritten)
  guard rewritten == written else { fatalError("writing the same value twice gave different bytes") }
}

/// Every number's exact integer reading must agree with its Double reading
/// wherever a Double holds the integer exactly.
func checkNumbers(_ value: JSON) {
  switch value {
  case .number(let number):
    guard JSONNumber(text: number.text) != nil else {
      fatalError("parsed number \(number.text) fails JSONNumber(text:)")
    }
    if let integer = number.int64, integer.magnitude <= 1 << 53 {
      guard number.double == Double(integer) else {
        fatalError("\(number.text): int64 says \(integer), double says \(String(describing: number.double))")
      }
    }
  case .array(let elements): elements.forEach(checkNumbers)
  case .object(let object): for (_, member) in object { checkNumbers(member) }
  default: break
  }
}

/// Decodes one message as the server does and writes its answer's parts.
func decode(_ message: JSON) {
  var buffer: [UInt8] = []
  switch Request.decode(message) {
  case .success(let request):
    guard case .object(let object) = message, object["jsonrpc"] == .string("2.0"),
      object["method"] == .string(request.method)
    else { fatalError("Request.decode accepted an invalid envelope") }
    if let id = request.id { JSONWriter.write(id, into: &buffer) }
    if let params = request.params { JSONWriter.write(params, into: &buffer) }
  case .failure(let failure):
    JSONWriter.write(failure.id, into: &buffer)
    JSONWriter.write(failure.error.json, into: &buffer)
  }
}
