import Foundation
import JSON
import JSONRPC
import Testing

@testable import FleetClearanceHost

/// The OpenRPC meta-schema lives in the shared folder next to the
/// repository; it is never copied in.
private let metaSchemaPath: String = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent()  // FleetClearanceHostTests
  .deletingLastPathComponent()  // Tests
  .deletingLastPathComponent()  // the repository root
  .appendingPathComponent("../shared/conformance/openrpc/schema.json")
  .standardizedFileURL.path

private let metaSchemaIsPresent = FileManager.default.fileExists(atPath: metaSchemaPath)

@Suite struct OpenRPCTests {
  let document = OpenRPCDocument.document

  var methods: [JSON] { document["methods"]?.arrayValue ?? [] }

  func name(_ method: JSON) -> String { method["name"]?.stringValue ?? "" }

  /// The notifications the host sends: documented, but not in the table.
  func isHostNotification(_ method: JSON) -> Bool {
    method["x-notification"] == "from-host"
  }

  /// protocol.md's error table (plus -32800) with the message each code
  /// carries, taken from the RPCError the handlers throw.
  static let protocolErrors: [Int: String] = Dictionary(
    uniqueKeysWithValues: [
      RPCError.parseError(""), .invalidRequest(""), .methodNotFound(""), .invalidParams("", source: ""),
      .internalError(""), .notFound("", source: ""), .conflict("", source: ""), .notSupported("", source: ""),
      .tooEarly("", source: ""), .invalidTransition("", source: ""), .adapterError("", source: ""),
      .forbidden("", source: ""), .requestCancelled(.null),
    ].map { ($0.code, $0.message) })

  @Test func isAnOpenRPCDocumentForThisVersion() {
    #expect(document["openrpc"]?.stringValue?.hasPrefix("1.") == true)
    #expect(document["info"]?["version"] == .string(FleetHost.version))
    #expect(document["info"]?["title"] == .string(FleetHost.name))
  }

  @Test func methodNamesAreUnique() {
    let names = methods.map(name)
    #expect(Set(names).count == names.count, "duplicate method names in \(names)")
    #expect(!names.contains(""))
  }

  @Test func everyDispatchedMethodIsDocumented() {
    let documented = Set(methods.map(name))
    for method in FleetHost.methods.keys.sorted() where !documented.contains(method) {
      Issue.record("\(method) is in FleetHost.methods but not in the OpenRPC document")
    }
  }

  @Test func everyDocumentedMethodIsDispatched() {
    for method in methods where !isHostNotification(method) && FleetHost.methods[name(method)] == nil {
      Issue.record("\(name(method)) is documented but not in FleetHost.methods")
    }
  }

  @Test func notificationsAreMarkedAndHaveNoResult() {
    let expected: [String: String] = [
      "exit": "from-client", "$/cancelRequest": "from-client",
      "fleet_clearance_changed": "from-host", "$/progress": "from-host",
    ]
    for method in methods {
      let direction = method["x-notification"]?.stringValue
      #expect(direction == expected[name(method)], "\(name(method)): x-notification is \(direction ?? "absent")")
      if direction != nil {
        #expect(method["result"] == nil, "\(name(method)) is a notification but has a result")
        let description = method["description"]?.stringValue ?? ""
        #expect(description.contains("notification"), "\(name(method))'s description does not say it is a notification")
      } else {
        #expect(method["result"] != nil, "\(name(method)) is a request but has no result")
      }
    }
  }

  @Test func paramsAreByName() {
    for method in methods {
      #expect(method["paramStructure"] == "by-name", "\(name(method)) does not take its params by name")
    }
  }

  @Test func everyErrorIsOneOfTheProtocolsCodes() {
    for method in methods {
      var seen = Set<Int>()
      for error in method["errors"]?.arrayValue ?? [] {
        let context = "\(name(method)), error \(error["code"].map(JSONWriter.string) ?? "without code")"
        guard let code = error["code"]?.int64Value.map(Int.init) else {
          Issue.record("\(context): code is not an integer")
          continue
        }
        guard let message = Self.protocolErrors[code] else {
          Issue.record("\(context): \(code) is not one of protocol.md's error codes")
          continue
        }
        #expect(seen.insert(code).inserted, "\(context): listed twice")
        #expect(error["message"] == .string(message), "\(context): the message must be \"\(message)\"")
        guard let data = error["data"]?.objectValue else { continue }
        if code == -32800 {
          #expect(Set(data.keys).isSubset(of: ["done", "total"]), "\(context): data must be {done, total?}")
        } else {
          #expect(data["title"] == .string(message), "\(context): data.title must be the message")
          #expect(data["detail"]?.stringValue != nil, "\(context): data.detail must be a string")
          #expect(
            Set(data.keys).isSubset(of: ["title", "detail", "source"]), "\(context): data is {title, detail, source}")
        }
      }
    }
  }

  @Test(
    .enabled(
      if: metaSchemaIsPresent,
      "the OpenRPC meta-schema is not at ../shared/conformance/openrpc/schema.json next to the repository"),
    .enabled(if: PythonJSONSchema.isAvailable, "needs python3 with the jsonschema package")
  )
  func validatesAgainstTheOpenRPCMetaSchema() throws {
    let problems = try PythonJSONSchema.problems(of: document, againstSchemaAt: metaSchemaPath)
    for problem in problems { Issue.record("meta-schema: \(problem)") }
    #expect(problems.count == 0, "the problems are listed above")
  }

  @Test(.enabled(if: PythonJSONSchema.isAvailable, "needs python3 with the jsonschema package"))
  func examplesMatchTheirSchemas() throws {
    let problems = try PythonJSONSchema.exampleProblems(of: document)
    for problem in problems { Issue.record("example: \(problem)") }
    #expect(problems.count == 0, "the problems are listed above")
  }
}
