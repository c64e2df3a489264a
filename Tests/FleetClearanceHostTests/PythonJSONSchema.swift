import Foundation
import JSON

/// JSON Schema validation for tests, done by Python's `jsonschema` package
/// (the project takes no third-party Swift packages). Every check prints one
/// problem per line; no output means no problem.
enum PythonJSONSchema {
  /// `python3` on the PATH, if any.
  static let python: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/python3" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }()

  /// True when `python3` runs and can import `jsonschema`.
  static let isAvailable: Bool = {
    guard let result = try? run(["-c", "import jsonschema"]) else { return false }
    return result.status == 0
  }()

  /// The problems of `document` against the meta-schema at `schemaPath`,
  /// with the draft the meta-schema declares.
  static func problems(of document: JSON, againstSchemaAt schemaPath: String) throws -> [String] {
    try check(document, mode: "meta", extra: [schemaPath])
  }

  /// The problems of an OpenRPC document's own examples: each example
  /// param against its param's schema, each example result against the
  /// method's result schema, `$ref`s resolved into `components`.
  static func exampleProblems(of document: JSON) throws -> [String] {
    try check(document, mode: "examples", extra: [])
  }

  private static func check(_ document: JSON, mode: String, extra: [String]) throws -> [String] {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("openrpc-\(UUID().uuidString).json")
    try Data(JSONWriter.string(document).utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let result = try run(["-c", script, mode, file.path] + extra)
    let lines = result.output.split(separator: "\n").map(String.init)
    guard result.status == 0 else {
      return ["python3 exited with status \(result.status)"] + lines
    }
    return lines
  }

  struct PythonError: Error, CustomStringConvertible {
    var description: String
  }

  /// Runs python3 with `arguments`; stdout and stderr together.
  private static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
    guard let python else { throw PythonError(description: "python3 is not on the PATH") }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  private static let script = #"""
    import json, sys
    import jsonschema
    from jsonschema import Draft7Validator

    mode, doc_path = sys.argv[1], sys.argv[2]
    with open(doc_path) as f:
        doc = json.load(f)
    problems = []

    def path(error):
        return "/".join(str(p) for p in error.absolute_path) or "(root)"

    if mode == "meta":
        with open(sys.argv[3]) as f:
            schema = json.load(f)
        validator = jsonschema.validators.validator_for(schema)(schema)
        for error in sorted(validator.iter_errors(doc), key=lambda e: [str(p) for p in e.absolute_path]):
            # A oneOf failure quotes the whole method; name the branch's reason instead.
            while error.context:
                error = jsonschema.exceptions.best_match(error.context)
            problems.append(f"{path(error)}: {error.message[:300]}")
    else:
        # OpenRPC schemas are JSON Schema draft 7; "#/components/..." resolves
        # against a root that carries the document's components.
        components = doc.get("components", {})

        def resolve(pointer):
            node = {"components": components}
            for part in pointer[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            return node

        def refs(node, where):
            if isinstance(node, dict):
                ref = node.get("$ref")
                if isinstance(ref, str):
                    try:
                        resolve(ref)
                    except (KeyError, TypeError, IndexError):
                        problems.append(f"{where}: $ref {ref} does not resolve")
                for key, value in node.items():
                    refs(value, f"{where}/{key}")
            elif isinstance(node, list):
                for index, value in enumerate(node):
                    refs(value, f"{where}/{index}")

        refs(doc, "")

        def check(schema, value, where):
            wrapped = {"components": components, "allOf": [schema]}
            try:
                Draft7Validator.check_schema(wrapped)
                for error in Draft7Validator(wrapped).iter_errors(value):
                    problems.append(f"{where}: {error.message} (at {path(error)})")
            except Exception as error:
                problems.append(f"{where}: {type(error).__name__}: {error}")

        for method in doc["methods"]:
            name = method["name"]
            declared = {param["name"]: param for param in method.get("params", [])}
            result = method.get("result")
            examples = method.get("examples", [])
            if not examples:
                problems.append(f"{name}: has no example")
            for example in examples:
                where = f"{name}, example {example['name']!r}"
                given = set()
                for param in example.get("params", []):
                    if param["name"] not in declared:
                        problems.append(f"{where}: param {param['name']!r} is not declared")
                        continue
                    given.add(param["name"])
                    check(declared[param["name"]]["schema"], param["value"], f"{where}, param {param['name']!r}")
                for param_name, param in declared.items():
                    if param.get("required") and param_name not in given:
                        problems.append(f"{where}: required param {param_name!r} is missing")
                if result is None:
                    if "result" in example:
                        problems.append(f"{where}: a notification's example has a result")
                elif "result" not in example:
                    problems.append(f"{where}: has no result")
                else:
                    check(result["schema"], example["result"]["value"], f"{where}, result")

    print("\n".join(problems))
    """#
}
