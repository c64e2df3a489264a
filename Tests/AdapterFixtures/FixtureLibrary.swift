import Foundation
import Synchronization

/// Compiles the C fixtures of Tests/Fixtures/Adapters into shared libraries
/// at test time, each once per test run, the way a brand team would build
/// a C adapter. Shared by the adapter host's tests and the end-to-end tests.
public enum FixtureLibrary {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let sources = repository.appendingPathComponent("Tests/Fixtures/Adapters")
  static let header = repository.appendingPathComponent("Sources/CFleetAdapter/include")

  /// One folder per test process, removed when the process exits.
  public static let folder: URL = {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("adapter-fixtures-\(getpid())-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(at: FixtureLibrary.folder) }
    return folder
  }()

  private static let built = Mutex<[String: Result<String, CompileError>]>([:])

  /// The absolute path of lib`name`.so, built from `name`.c on first use.
  /// `defines` (`NAME=VALUE`) build a variant, named after them.
  /// Compiling under the lock keeps two tests from writing one file.
  public static func path(_ name: String, defines: [String] = []) throws -> String {
    let variant = ([name] + defines).joined(separator: "-").replacingOccurrences(of: "=", with: "")
    return try built.withLock { cache in
      if let result = cache[variant] { return try result.get() }
      let result = Result { () throws(CompileError) in try compile(name, defines: defines, output: variant) }
      cache[variant] = result
      return try result.get()
    }
  }

  private static func compile(_ name: String, defines: [String], output: String) throws(CompileError) -> String {
    let source = sources.appendingPathComponent("\(name).c").path
    let library = folder.appendingPathComponent("lib\(output).so").path
    let arguments =
      ["cc", "-shared", "-fPIC", "-fvisibility=hidden", "-O1", "-I", header.path]
      + defines.map { "-D\($0)" } + [source, "-o", library]
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
    guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: library) else {
      throw CompileError(command: arguments, output: text)
    }
    return library
  }

  public struct CompileError: Error, CustomStringConvertible {
    var command: [String]
    var output: String
    public var description: String { "\(command.joined(separator: " ")) failed:\n\(output)" }
  }
}
