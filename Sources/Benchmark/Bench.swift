import Foundation
import Glibc
import JSON

/// One benchmark run: the scenarios it runs, the rows they produce and the
/// notes that qualify them.
final class Bench {
  let options: BenchOptions
  let workspace: Workspace
  private(set) var rows: [Row] = []
  private(set) var notes: [String] = []
  /// journal_bytes that host.stats reported on each durable host once it held data.
  var journalBytesSeen: [Int64] = []

  init(options: BenchOptions) throws {
    self.options = options
    workspace = try Workspace()
  }

  /// Runs the chosen scenarios; scenarios that need the same fleet share one host.
  func run() throws {
    if options.runs(.codec) { try codec() }
    if options.runs(.adapterCall) { try adapterCall() }
    if options.runs(.startup) { try startup() }
    if options.runs(.ingestBatch) { try ingestBatch() }
    if options.runsAny(.ingestSingle, .get, .latency, .report) { try fleetScenarios() }
    if options.runsAny(.list, .memory, .recovery) { try millionScenarios() }
  }

  func record(_ row: Row) {
    rows.append(row)
    progress("\(row.id.rawValue): \(row.figure) \(row.id.unit) → \(row.result)")
  }

  func note(_ text: String) { notes.append(text) }

  func progress(_ text: String) {
    printError("bench: \(text)")
  }

  /// The host as the durable scenarios run it: a data dir, the manual
  /// clock, every adapter of the build.
  func startHost(dataDir: String) throws -> HostChild {
    try HostChild(
      host: workspace.hostPath,
      arguments: ["serve", "--plugins", workspace.pluginsFile, "--data-dir", dataDir, "--clock", "manual"],
      stderrPath: dataDir + ".stderr")
  }

  /// A started host, once it answers (start-up is not part of the timing).
  func readyHost() throws -> HostChild {
    let host = try startHost(dataDir: workspace.freshDataDir())
    _ = try host.result(Requests.line(id: 0, method: "ping"))
    return host
  }

  func stats(_ host: HostChild) throws -> HostStats {
    try HostStats(host.result(Requests.line(id: 0, method: "host.stats")))
  }

  /// Checks that the host holds what the scenario put there, and notes its journal size.
  func expectFleet(_ host: HostChild, total: Int, status: String, what: String) throws {
    let stats = try stats(host)
    guard stats.total == total, stats.count(of: status) == total else {
      throw BenchError(
        "\(what): the host holds \(stats.total) clearances, \(stats.count(of: status)) \(status); expected \(total)")
    }
    journalBytesSeen.append(stats.journalBytes)
  }

  /// Ends a host through EOF and insists on exit status 0.
  func finish(_ host: HostChild, what: String) throws {
    let status = host.finish()
    guard status == 0 else { throw BenchError("\(what): the host exited with status \(status)\(host.stderrNote())") }
  }

  func report() -> String {
    let date = ISO8601DateFormatter().string(from: Date())
    let cores = sysconf(Int32(_SC_NPROCESSORS_ONLN))
    var lines = [
      "fleet-clearance-bench — \(date) — \(cores) cores — host \(workspace.hostPath)",
      options.quick ? "sizes: --quick (10× smaller; the floors are set for the full sizes)" : "sizes: full",
      "",
      ResultTable.render(rows),
    ]
    var allNotes = notes
    if !workspace.isReleaseBuild {
      allNotes.insert("not a release build (\(workspace.productFolder)): run swift build -c release first", at: 0)
    }
    if journalBytesSeen.contains(0) {
      allNotes.append(
        "host.stats reported journal_bytes 0: --data-dir still keeps data in memory (the durable journal is not"
          + " wired in yet), so ingest-batch, ingest-single and report measured in-memory work, not fsynced writes.")
    }
    if !allNotes.isEmpty {
      lines.append("")
      lines += allNotes.map { "- " + $0 }
    }
    return lines.joined(separator: "\n")
  }
}

/// The parts of host.stats the benchmark checks.
struct HostStats {
  var total: Int
  var byStatus: [String: Int]
  var adapters: Int
  var journalBytes: Int64

  init(_ result: JSON) throws {
    guard let total = result["clearances"]?["total"]?.int64Value,
      let byStatus = result["clearances"]?["by_status"]?.objectValue,
      let adapters = result["adapters"]?.int64Value,
      let journalBytes = result["journal_bytes"]?.int64Value
    else { throw BenchError("host.stats answered an unexpected shape: \(JSONWriter.string(result))") }
    self.total = Int(total)
    self.byStatus = Dictionary(uniqueKeysWithValues: byStatus.map { ($0.key, Int($0.value.int64Value ?? -1)) })
    self.adapters = Int(adapters)
    self.journalBytes = journalBytes
  }

  func count(of status: String) -> Int { byStatus[status] ?? 0 }
}
