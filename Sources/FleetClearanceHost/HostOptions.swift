import ClearanceStore

/// The command line of protocol.md, parsed.
public struct HostOptions: Equatable {
  public enum Command: Equatable {
    case serve
    case validate(library: String)
    case validateWorker(library: String, start: Int)
    case help
    case version
  }

  public static let defaultDataDir = ".fleet-clearance"
  public static let defaultMaxMessageBytes = 16 << 20

  public var command: Command = .serve
  public var pluginsPath: String?
  public var dataDir: String?
  public var inMemory = false
  public var clock: HostClock.Mode = .system
  public var maxMessageBytes = HostOptions.defaultMaxMessageBytes
  public var logLevel: Log.Level = .warn
  /// Journal size that triggers a snapshot (hidden flag, for tests).
  public var compactionBytes: Int64 = JournalStore.defaultCompactionBytes

  public static let usage = """
    fleet-clearance: the vehicle activation (fleet clearance) host.

    Usage:
      fleet-clearance [serve] [--plugins FILE] [--data-dir DIR | --in-memory] [--clock system|manual]
                              [--max-message-bytes N] [--log-level error|warn|info|debug]
      fleet-clearance validate LIBRARY
      fleet-clearance --help | --version

    serve (the default) reads JSON-RPC 2.0 requests from stdin, one per line, and
    answers on stdout. Logs go to stderr. Edits of the plugins file apply while
    serving (checked every second; SIGHUP re-reads it at once).
      --plugins FILE          adapters to load (default: plugins.json in this folder)
      --data-dir DIR          where the journal and snapshots live (default: .fleet-clearance)
      --in-memory             keep nothing on disk
      --clock manual          start at 2026-01-01T00:00:00Z; time moves only via clock.advance
      --max-message-bytes N   longest accepted line (default: 16777216)
      --log-level LEVEL       what goes to stderr (default: warn)

    validate LIBRARY runs the adapter conformance checks, each in a child process,
    prints one line per check and exits 0 only if all pass.

    Docs: README.md, docs/protocol.md, Sources/CFleetAdapter/include/fleet_adapter.h
    """

  public init() {}

  /// Parses arguments (without the program name).
  public init(arguments: [String]) throws(StartupError) {
    var rest = arguments[...]
    func value(for flag: String) throws(StartupError) -> String {
      guard let next = rest.popFirst() else { throw StartupError("\(flag) needs a value; see fleet-clearance --help") }
      return next
    }
    if let first = rest.first {
      switch first {
      case "serve": rest.removeFirst()
      case "validate":
        rest.removeFirst()
        guard let library = rest.popFirst(), rest.isEmpty else {
          throw StartupError("validate takes exactly one argument, the adapter library's path")
        }
        command = .validate(library: library)
        return
      case "__validate-worker":
        rest.removeFirst()
        guard let library = rest.popFirst(), let start = rest.popFirst().flatMap({ Int($0) }) else {
          throw StartupError("__validate-worker LIBRARY START is internal to validate")
        }
        command = .validateWorker(library: library, start: start)
        return
      default: break
      }
    }
    while let argument = rest.popFirst() {
      switch argument {
      case "--help", "-h": command = .help
      case "--version": command = .version
      case "--plugins": pluginsPath = try value(for: argument)
      case "--data-dir": dataDir = try value(for: argument)
      case "--in-memory": inMemory = true
      case "--compaction-bytes":
        let text = try value(for: argument)
        guard let bytes = Int64(text), bytes > 0 else {
          throw StartupError("--compaction-bytes takes a positive number of bytes, not \"\(text)\"")
        }
        compactionBytes = bytes
      case "--clock":
        let text = try value(for: argument)
        guard let mode = HostClock.Mode(rawValue: text) else {
          throw StartupError("--clock takes system or manual, not \"\(text)\"")
        }
        clock = mode
      case "--max-message-bytes":
        let text = try value(for: argument)
        guard let bytes = Int(text), bytes >= 64 else {
          throw StartupError("--max-message-bytes takes a number of bytes of at least 64, not \"\(text)\"")
        }
        maxMessageBytes = bytes
      case "--log-level":
        let text = try value(for: argument)
        guard let level = Log.Level(name: text) else {
          throw StartupError("--log-level takes error, warn, info or debug, not \"\(text)\"")
        }
        logLevel = level
      default:
        throw StartupError("unknown argument \"\(argument)\"; see fleet-clearance --help")
      }
    }
    if inMemory && dataDir != nil {
      throw StartupError("--data-dir and --in-memory exclude each other; pick one")
    }
  }
}
