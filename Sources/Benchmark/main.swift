import Glibc

// The benchmark is a client, not the host: its report belongs on stdout.
// A host that dies must surface as an error from write, not kill the benchmark.
signal(SIGPIPE, SIG_IGN)

let options: BenchOptions
do {
  options = try BenchOptions(arguments: Array(CommandLine.arguments.dropFirst()))
} catch {
  printError("fleet-clearance-bench: \(error)")
  exit(2)
}
if options.help {
  print(BenchOptions.usage)
  exit(0)
}

var status: Int32 = 0
do {
  let bench = try Bench(options: options)
  defer { bench.workspace.remove() }
  do {
    try bench.run()
  } catch {
    printError("fleet-clearance-bench: FAILED: \(error)")
    status = 1
  }
  print(bench.report())
  if status != 0 { print("\nFAILED: the table is incomplete; see stderr.") }
} catch {
  printError("fleet-clearance-bench: \(error)")
  status = 1
}
exit(status)
