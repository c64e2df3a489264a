import AdapterHost
import ClearanceCore
import ClearanceStore
import Glibc
import JSONRPC

/// What `main` calls: parses the command line and runs it.
public enum HostCommand {
  public static func run(arguments: [String]) -> Int32 {
    guard openClosedStandardDescriptors() else { return 1 }
    let options: HostOptions
    do { options = try HostOptions(arguments: arguments) } catch {
      Log.error(error.description)
      return 2
    }
    Log.threshold = options.logLevel
    HostTable.hostVersion = FleetHost.version
    HostTable.logThreshold = Int32(options.logLevel.rawValue)
    switch options.command {
    case .help:
      writeStdout(HostOptions.usage + "\n")
      return 0
    case .version:
      writeStdout("\(FleetHost.name) \(FleetHost.version) (adapter ABI \(HostABI.version))\n")
      return 0
    case .validate(let library):
      return validate(library: library)
    case .validateWorker(let library, let start):
      // The adapter runs in this process and may write to stdout. Report on
      // a private copy of stdout and point stdout at stderr, so that its
      // output can neither garble nor hide a check's result.
      let report = fcntl(1, F_DUPFD_CLOEXEC, 3)
      guard report >= 0, dup2(2, 1) >= 0 else {
        Log.error("cannot set up the validator's report channel: \(String(cString: strerror(errno)))")
        return 1
      }
      AdapterValidator.runWorker(path: library, from: start) { write($0.text + "\n", to: report) }
      return 0
    case .serve:
      // Adapters run in this process and may print to stdout; only protocol
      // messages may go there (reliability.md). Answer on a private copy of
      // stdout and point stdout at stderr before any adapter is loaded.
      let protocolOutput = protectProtocolOutput()
      do {
        let host = try makeHost(options)
        return StdioServer(handler: host, maxLineBytes: options.maxMessageBytes, output: protocolOutput).run()
      } catch {
        Log.error(error.description)
        return 1
      }
    }
  }

  /// Points each of stdin, stdout and stderr that the host was started
  /// without at /dev/null. Otherwise the next file opened (the data dir's
  /// LOCK, the journal) would take its number, and protocol messages, log
  /// lines or an adapter's printf would land in it.
  /// False when one is closed and /dev/null cannot be opened: the host
  /// then does not start.
  static func openClosedStandardDescriptors() -> Bool {
    for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 {
      let null = open("/dev/null", O_RDWR)
      guard null >= 0 else {
        Log.error(
          "file descriptor \(descriptor) is closed and /dev/null cannot be opened (\(String(cString: strerror(errno)))); start the host with stdin, stdout and stderr open"
        )
        return false
      }
      guard null != descriptor else { continue }
      dup2(null, descriptor)
      close(null)
    }
    return true
  }

  /// A close-on-exec copy of stdout for the protocol, with stdout itself
  /// pointed at stderr. Where that cannot be done (no descriptor left),
  /// stdout stays as it is.
  static func protectProtocolOutput() -> Int32 {
    let copy = fcntl(1, F_DUPFD_CLOEXEC, 3)
    guard copy >= 0 else { return 1 }
    guard dup2(2, 1) >= 0 else {
      close(copy)
      return 1
    }
    return copy
  }

  static func validate(library: String) -> Int32 {
    let path = library.hasPrefix("/") ? library : FileSystem.currentDirectory() + "/" + library
    writeStdout("validate \(path)\n")
    let results = IsolatedValidation.validate(library: path, executable: executablePath())
    for result in results { writeStdout(result.line + "\n") }
    let failed = results.filter { !$0.passed }.count
    writeStdout("\(results.count - failed) passed, \(failed) failed\n")
    return failed == 0 ? 0 : 1
  }

  static func makeHost(_ options: HostOptions) throws(StartupError) -> FleetHost {
    let store = try openStore(options)
    // A manual clock resumes where it stood when the data dir was last used.
    let start = store.restoredClock.map { Timestamp(secondsSinceEpoch: $0) } ?? HostClock.manualStart
    let clock = HostClock(mode: options.clock, start: start)
    let registry = AdapterRegistry()
    let plugins = try loadPlugins(options, into: registry, now: clock.now.secondsSinceEpoch)
    let host = FleetHost(store: store, registry: registry, clock: clock)
    host.plugins = plugins
    return host
  }

  static func openStore(_ options: HostOptions) throws(StartupError) -> ClearanceStore {
    if options.inMemory { return InMemoryStore() }
    let folder = options.dataDir ?? HostOptions.defaultDataDir
    do {
      let store = try JournalStore.open(
        folder: folder, calls: FaultInjection.fromEnvironment() ?? POSIXCalls(),
        compactionBytes: options.compactionBytes)
      for warning in store.takeWarnings() { Log.warn(warning) }
      return store
    } catch {
      throw StartupError("cannot open data dir \(folder): \(error.description)")
    }
  }

  static func executablePath() -> String {
    FileSystem.realPath("/proc/self/exe") ?? CommandLine.arguments[0]
  }

  static func writeStdout(_ text: String) { write(text, to: 1) }

  static func write(_ text: String, to descriptor: Int32) {
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
      if written <= 0 { if errno == EINTR { continue } else { return } }
      offset += written
    }
  }
}
