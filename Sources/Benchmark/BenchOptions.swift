/// The command line: `fleet-clearance-bench [--quick] [--only ID[,ID]]`.
struct BenchOptions {
  var quick = false
  var only: Set<ScenarioID>?
  var help = false

  static let usage = """
    fleet-clearance-bench: starts the release host next to this binary, drives it
    over pipes and prints one table of the scenarios in docs/benchmark.md.

    Usage: swift build -c release && .build/release/fleet-clearance-bench [--quick] [--only ID[,ID]]
      --quick        10× smaller sizes (a smoke run; the floors are for the full sizes)
      --only IDS     run only these scenarios: \(ScenarioID.allCases.map(\.rawValue).joined(separator: ", "))
    """

  init(arguments: [String]) throws {
    var rest = arguments[...]
    while let argument = rest.popFirst() {
      switch argument {
      case "--quick": quick = true
      case "--help", "-h": help = true
      case "--only":
        guard let list = rest.popFirst() else { throw BenchError("--only needs a list of scenario ids") }
        var chosen = Set<ScenarioID>()
        for name in list.split(separator: ",") {
          guard let id = ScenarioID(rawValue: String(name)) else {
            throw BenchError(
              "unknown scenario \"\(name)\"; the ids are \(ScenarioID.allCases.map(\.rawValue).joined(separator: ", "))"
            )
          }
          chosen.insert(id)
        }
        only = chosen
      default:
        throw BenchError("unknown argument \"\(argument)\"; see --help")
      }
    }
  }

  func runs(_ id: ScenarioID) -> Bool { only?.contains(id) ?? true }

  func runsAny(_ ids: ScenarioID...) -> Bool { ids.contains(where: runs) }

  /// A full-run size, divided by 10 under --quick.
  func size(_ full: Int) -> Int { quick ? full / 10 : full }
}
