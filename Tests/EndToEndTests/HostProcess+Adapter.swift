import Foundation

extension HostProcess {
  /// A host that loads only `adapter`'s library, as a plugins file next to
  /// the products names it. Adapters are independent of each other, and a
  /// debug host hashes every library it loads: all eleven cost over a second
  /// at each start.
  convenience init(only adapter: ShippedAdapter) throws {
    let library = Products.folder.appendingPathComponent("lib\(adapter.library).so")
    guard FileManager.default.fileExists(atPath: library.path) else {
      throw Products.MissingProduct(path: library.path)
    }
    let plugins = try Self.pluginsFile(for: adapter.library)
    try self.init(arguments: ["--in-memory", "--clock", "manual", "--plugins", plugins.path])
  }

  private static func pluginsFile(for library: String) throws -> URL {
    let folder = Products.folder.appendingPathComponent("end-to-end-plugins")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("\(library).json")
    let text = #"{"allowed_folders": [".."], "plugins": [{"path": "../lib\#(library).so", "required": true}]}"#
    // Atomic: tests running in parallel may write the same file.
    try Data(text.utf8).write(to: file, options: .atomic)
    return file
  }
}
