import JSON
/// Placeholder until the OpenRPC document lands.
enum OpenRPCDocument { static let document: JSON = .null }
