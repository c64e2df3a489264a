import JSON

/// The error `JSONParser` reports for `bytes`, or nil if they parse.
func refusal(_ bytes: [UInt8], maxDepth: Int = JSONParser.defaultMaxDepth) -> JSONParseError? {
  do {
    _ = try JSONParser.parse(bytes, maxDepth: maxDepth)
    return nil
  } catch {
    return error
  }
}

func refusal(_ text: String, maxDepth: Int = JSONParser.defaultMaxDepth) -> JSONParseError? {
  refusal(Array(text.utf8), maxDepth: maxDepth)
}

/// Parses text that must be valid; failures surface as thrown test errors.
func parsed(_ text: String) throws -> JSON {
  try JSONParser.parse(text)
}
