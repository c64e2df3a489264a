/// A JSON value.
///
/// Objects keep key order; on duplicate keys the last value wins, kept at the
/// position of the first occurrence.
public enum JSON: Sendable, Equatable, Hashable {
  case null
  case bool(Bool)
  case number(JSONNumber)
  case string(String)
  case array([JSON])
  case object(JSONObject)
}
