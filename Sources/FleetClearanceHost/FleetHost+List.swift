import ClearanceCore
import ClearanceStore
import JSON
import JSONRPC

extension FleetHost {
  /// Cursors are opaque to clients; inside they carry the last VIN.
  static let cursorPrefix = "v1."

  func listVehicles(_ request: Request, context: CallContext) throws(RPCError) -> ItemsReply<ClearanceJSON> {
    let params = try Params(request)
    let filter = try ListFilter(params["filter"])
    let limit = try params.integer("limit", in: 1...10_000, default: 1_000)
    var after: String?
    if let cursor = try params.optionalString("cursor") {
      guard cursor.hasPrefix(Self.cursorPrefix) else {
        throw .invalidParams("cursor is not one this host returned; pass next_cursor as it came", source: "cursor")
      }
      after = String(cursor.dropFirst(Self.cursorPrefix.count))
    }
    let page = store.page(
      after: after, limit: Int(limit), scope: filter.scope, matches: filter.matches,
      shouldStop: { context.isCancelled() })
    if page.stopped || context.isCancelled() {
      throw .requestCancelled(["done": .number(JSONNumber(page.examined))])
    }
    let nextCursor: JSON =
      page.hasMore ? .string(Self.cursorPrefix + (page.clearances.last?.vin ?? "")) : .null
    return ItemsReply(
      key: "vehicles", items: page.clearances.map { ClearanceJSON(clearance: $0, includeChangelog: true) },
      trailer: [("next_cursor", nextCursor)])
  }
}
