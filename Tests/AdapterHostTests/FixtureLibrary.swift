import Foundation
import Synchronization

/// Compiles the C fixtures of Tests/Fixtures/Adapters into shared libraries
/// at test time, each once per test run, the way a brand team would build
/// a C adapter.
enum FixtureLibrary {
  static let sources = Repository.root.appendingPathComponent("Tests/Fixtures/Adapters")
  static let header = Repository.root.appendingPathComponent("Sources/CFleetAdapter/include")

  /// One folder per test process, removed when the process exits.
  static let folder: URL = {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("adapter-fixtures-\(getpid())-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(at: FixtureLibrary.folder) }
    return folder
  }()

  private static let built = Mutex<[String: Result<String, CompileError>]>([:])

  /// The absolute path of lib`name`.so, built from `name`.c on first use.
  /// Compiling under the lock keeps two tests from writing one file.
  static func path(_ name: String) throws -> String {
    try built.withLock { cache in
      if let result = cache[name] { return try result.get() }
      let result = Result { () throws(CompileError) in try compile(name) }
      cache[name] = result
      return try result.get()
    }
  }

  private static func compile(_ name: String) throws(CompileError) -> String {
    let source = sources.appendingPathComponent("\(name).c").path
    let output = folder.appendingPathComponent("lib\(name).so").path
    let arguments = [
      "cc", "-shared", "-fPIC", "-fvisibility=hidden", "-O1", "-I", header.path, source, "-o", output,
    ]
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    do { try process.run() } catch {
      throw CompileError(command: arguments, output: "cannot start cc: \(error)")
    }
    let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: output) else {
      throw CompileError(command: arguments, output: text)
    }
    return output
  }

  struct CompileError: Error, CustomStringConvertible {
    var command: [String]
    var output: String
    var description: String { "\(command.joined(separator: " ")) failed:\n\(output)" }
  }
}
