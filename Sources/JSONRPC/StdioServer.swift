import Glibc
import JSON
import Synchronization

/// SIGTERM and SIGINT only set this flag; the loop sees it when `poll`
/// returns early and finishes like at EOF.
private let terminationRequested = Atomic<Bool>(false)
/// SIGHUP only sets this flag; the loop then asks the handler to re-read
/// its configuration.
private let reloadRequested = Atomic<Bool>(false)

/// JSON-RPC 2.0 over stdin/stdout, one message per line. The only code
/// that reads stdin and writes protocol output (to `output`, a private copy
/// of stdout: see `HostCommand.protectProtocolOutput`).
///
/// One thread: read the lines that are ready (up to `groupInputBytes`),
/// answer them in order into one buffer, let the handler make their changes durable (group commit), then
/// write the buffer out before waiting for more input.
public final class StdioServer {
  private let handler: RPCHandler
  private var framer: LineFramer
  private var queue: [LineFramer.Line] = []
  /// Reused for every read: a fresh zeroed 64 KiB buffer per read showed in profiles.
  private var readChunk = [UInt8](repeating: 0, count: 1 << 16)
  private var queueStart = 0
  private var cancelScanIndex = 0
  /// Cancels seen in queued lines, with the queue index of their line: one
  /// counts only for a request on an earlier line.
  private var cancels: [(line: Int, id: JSON)] = []
  /// The elements of the batch being answered that come after the current
  /// one: a cancel among them is already waiting behind its request.
  private var batchRest: ArraySlice<JSON> = []
  private var output: [UInt8] = []
  /// Messages in `output` that report changes not yet committed.
  private var changedSegments: [OutputSegment] = []
  private var lineInProgress: (start: Int, mark: Int)?
  private var lineFailed: RPCError?
  private var lineIDs: [JSON] = []
  /// Set by a handler whose answer a failed commit cannot make untrue
  /// (`CallContext.keepAnswerOnFailedCommit`).
  private var lineKeepsAnswer = false
  private var exitStatus: Int32?
  private var spin = InputSpin()
  private var inputClosed = false
  private var outputBroken = false
  private let input: Int32
  private let outputDescriptor: Int32

  public init(handler: RPCHandler, maxLineBytes: Int, input: Int32 = 0, output: Int32 = 1) {
    self.handler = handler
    self.framer = LineFramer(maxLineBytes: maxLineBytes)
    self.input = input
    self.outputDescriptor = output
  }

  /// Serves until EOF, `exit`, SIGTERM or SIGINT; returns the exit status.
  /// SIGHUP makes the handler re-read its configuration.
  public func run() -> Int32 {
    Self.installSignalHandlers()
    while true {
      var inputReady = false
      if exitStatus == nil && !inputClosed && !terminationRequested.load(ordering: .relaxed) {
        inputReady = waitForInput()
      }
      if terminationRequested.load(ordering: .relaxed) {
        framer.dropPartialLine()
        inputClosed = true
      } else if !inputClosed {
        readAvailableInput(knownReady: inputReady)
      }
      // Timers due now fire before the requests that arrived after them.
      wakeHandler()
      processQueue()
      wakeHandler()
      flushOutput()
      if let exitStatus { return exitStatus }
      if inputClosed && queueStart >= queue.count { return 0 }
    }
  }

  private func wakeHandler() {
    guard exitStatus == nil else { return }
    tracking(ids: [], isBatch: false) {
      let context = CallContext(server: self, requestID: nil)
      if reloadRequested.exchange(false, ordering: .relaxed) { handler.reloadConfiguration(context: context) }
      handler.wake(context: context)
    }
  }

  /// Waits for input or the handler's next wake-up; true when input (or
  /// its end) is ready to read. Right after answers it may first poll in a
  /// short loop (`InputSpin`).
  private func waitForInput() -> Bool {
    guard queueStart >= queue.count else { return false }
    var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
    if spin.spin(&descriptor, until: { terminationRequested.load(ordering: .relaxed) }) {
      spin.reset()
      return true
    }
    let timeout = handler.millisecondsUntilWake().map { Int32(clamping: max(0, $0)) } ?? -1
    guard poll(&descriptor, 1, timeout) > 0 else {
      spin.reset()
      return false
    }
    spin.inputArrivedAfterSleep()
    return true
  }

  /// Reads what is ready without blocking, up to `limit` bytes, so that
  /// one group holds the requests already waiting. The limit keeps a
  /// pipelined burst from becoming one huge group: the client gets answers
  /// while it is still sending, and memory stays bounded.
  /// `knownReady` skips the first readiness check when `poll` just said so
  /// (one system call less per request for a client that waits for each answer).
  private func readAvailableInput(limit: Int = StdioServer.groupInputBytes, knownReady: Bool = false) {
    var total = 0
    var ready = knownReady
    while !inputClosed && total < limit {
      if !ready {
        var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) > 0 else { return }
      }
      ready = false
      let count = readChunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR || errno == EAGAIN { return }
        inputClosed = true
      } else if count == 0 {
        inputClosed = true
      } else {
        total += count
        readChunk.withUnsafeBytes { framer.feed(UnsafeRawBufferPointer(rebasing: $0[0..<count]), into: &queue) }
        if count < readChunk.count { return }
      }
    }
    guard inputClosed else { return }
    framer.finish(into: &queue)
  }

  /// About how much input one group reads before answering it.
  static let groupInputBytes = 1 << 20

  private func processQueue() {
    while queueStart < queue.count && exitStatus == nil {
      let line = queue[queueStart]
      queueStart += 1
      switch line {
      case .complete(let bytes):
        processLine(bytes)
        if handler.wantsWake { wakeHandler() }
      case .tooLong(let bytes):
        appendError(
          id: .null,
          error: .parseError(
            "the line is \(bytes) bytes long, more than the limit of \(framer.maxLineBytes) bytes (--max-message-bytes); it was skipped"
          ))
      }
    }
    if queueStart >= queue.count {
      queue.removeAll(keepingCapacity: true)
      queueStart = 0
      cancelScanIndex = 0
      cancels.removeAll()
    }
  }

  private func processLine(_ bytes: [UInt8]) {
    guard bytes.contains(where: { !Self.isJSONWhitespace($0) }) else { return }
    lineIDs.removeAll()
    let isBatch = bytes.first(where: { !Self.isJSONWhitespace($0) }) == UInt8(ascii: "[")
    tracking(ids: nil, isBatch: isBatch) { answerLine(bytes) }
  }

  private func answerLine(_ bytes: [UInt8]) {
    let value: JSON
    do {
      value = try JSONParser.parse(bytes)
    } catch {
      appendError(id: .null, error: .parseError("invalid JSON \(error.description)"))
      return
    }
    guard case .array(let elements) = value else {
      var single: [UInt8] = []
      if answer(value, into: &single) { output.append(contentsOf: single); output.append(10) }
      return
    }
    guard !elements.isEmpty else {
      appendError(id: .null, error: .invalidRequest("an empty batch is not a valid request"))
      return
    }
    var batch: [UInt8] = [UInt8(ascii: "[")]
    var answered = false
    defer { batchRest = [] }
    for (position, element) in elements.enumerated() where exitStatus == nil {
      batchRest = elements[(position + 1)...]
      var single: [UInt8] = []
      if answer(element, into: &single) {
        if answered { batch.append(UInt8(ascii: ",")) }
        batch.append(contentsOf: single)
        answered = true
      }
    }
    guard answered else { return }
    batch.append(UInt8(ascii: "]"))
    output.append(contentsOf: batch)
    output.append(10)
  }

  /// Handles one request; returns false when nothing is to be answered.
  private func answer(_ value: JSON, into buffer: inout [UInt8]) -> Bool {
    switch Request.decode(value) {
    case .failure(let failure):
      MessageEncoder.appendError(id: failure.id, error: failure.error, to: &buffer)
      return true
    case .success(let request):
      let context = CallContext(server: self, requestID: request.id)
      let result = handler.handle(request, context: context)
      guard let id = request.id else { return false }
      lineIDs.append(id)
      switch result {
      case .success(let value): MessageEncoder.appendResult(id: id, result: value, to: &buffer)
      case .failure(let error): MessageEncoder.appendError(id: id, error: error, to: &buffer)
      }
      return true
    }
  }

  private func appendError(id: JSON, error: RPCError) {
    MessageEncoder.appendError(id: id, error: error, to: &output)
    output.append(10)
  }

  func writeNotification(method: String, params: some JSONEncodable) {
    MessageEncoder.appendNotification(method: method, params: params, to: &output)
    output.append(10)
  }

  func requestExit(status: Int32) { exitStatus = status }

  /// Commits, then writes every finished message. Returns false when the
  /// commit failed. When the commit fails,
  /// every message that reported a change is replaced by that error for
  /// the same request ids (the handler has rolled the changes back); the
  /// answers of requests that changed nothing go out as they are.
  @discardableResult
  func flushOutput() -> Bool {
    let failure = handler.commit()
    if let error = failure {
      var kept: [UInt8] = []
      var position = 0
      for segment in changedSegments {
        kept.append(contentsOf: output[position..<segment.range.lowerBound])
        position = segment.range.upperBound
        appendErrors(for: segment, error: error, to: &kept)
      }
      let inProgressStart = lineInProgress?.start ?? output.count
      kept.append(contentsOf: output[position..<max(position, inProgressStart)])
      if let line = lineInProgress, handler.changeMark != line.mark {
        lineFailed = error
      }
      output = kept
      if lineInProgress != nil { lineInProgress!.start = output.count }
    }
    changedSegments.removeAll()
    guard !output.isEmpty else { return failure == nil }
    writeAll()
    if lineInProgress != nil { lineInProgress!.start = 0 }
    return failure == nil
  }

  /// Runs `body`, remembering the output it produced and whether it changed
  /// state, so that a failed commit can take exactly those messages back.
  private func tracking(ids: [JSON]?, isBatch: Bool, _ body: () -> Void) {
    lineInProgress = (output.count, handler.changeMark)
    lineFailed = nil
    lineKeepsAnswer = false
    body()
    guard let line = lineInProgress else { return }
    lineInProgress = nil
    let segment = OutputSegment(range: line.start..<output.count, ids: ids ?? lineIDs, isBatch: isBatch)
    if let error = lineFailed {
      // A commit during this line (progress of a long call) failed.
      output.removeSubrange(segment.range)
      appendErrors(for: segment, error: error, to: &output)
      lineFailed = nil
    } else if handler.changeMark != line.mark || (!changedSegments.isEmpty && !(lineKeepsAnswer && !isBatch)) {
      // An answer after an uncommitted change may show that change: if the
      // commit fails, it is taken back too.
      changedSegments.append(segment)
    }
  }

  func keepAnswerOnFailedCommit() { lineKeepsAnswer = true }

  private func appendErrors(for segment: OutputSegment, error: RPCError, to buffer: inout [UInt8]) {
    guard !segment.ids.isEmpty else { return }
    if segment.isBatch { buffer.append(UInt8(ascii: "[")) }
    for (index, id) in segment.ids.enumerated() {
      if index > 0 { buffer.append(UInt8(ascii: ",")) }
      MessageEncoder.appendError(id: id, error: error, to: &buffer)
    }
    if segment.isBatch { buffer.append(UInt8(ascii: "]")) }
    buffer.append(10)
  }

  private func writeAll() {
    defer { output.removeAll(keepingCapacity: true) }
    guard !outputBroken else { return }
    spin.answered()
    var offset = 0
    while offset < output.count {
      let written = output.withUnsafeBytes { write(outputDescriptor, $0.baseAddress! + offset, $0.count - offset) }
      if written < 0 {
        if errno == EINTR { continue }
        if errno == EAGAIN {
          // A non-blocking stdout that is full: wait until it drains
          // instead of spinning on write.
          var descriptor = pollfd(fd: outputDescriptor, events: Int16(POLLOUT), revents: 0)
          _ = poll(&descriptor, 1, -1)
          continue
        }
        outputBroken = true  // the client closed its end; keep serving input until EOF
        return
      }
      offset += written
    }
  }

  func hasCancel(for id: JSON) -> Bool {
    if !inputClosed && !terminationRequested.load(ordering: .relaxed) { readAvailableInput(limit: .max) }
    while cancelScanIndex < queue.count {
      defer { cancelScanIndex += 1 }
      guard cancelScanIndex >= queueStart, case .complete(let bytes) = queue[cancelScanIndex],
        Self.mentionsCancel(bytes), let value = try? JSONParser.parse(bytes)
      else { continue }
      let messages = value.arrayValue ?? [value]
      for message in messages where message["method"] == .string("$/cancelRequest") {
        if let cancelled = message["params"]?["id"] { cancels.append((cancelScanIndex, cancelled)) }
      }
    }
    // The request's own line is queueStart - 1: only later lines count.
    if cancels.contains(where: { $0.line >= queueStart && $0.id == id }) { return true }
    return batchRest.contains { $0["method"] == .string("$/cancelRequest") && $0["params"]?["id"] == id }
  }

  private static func mentionsCancel(_ bytes: [UInt8]) -> Bool {
    let needle = Array("cancelRequest".utf8)
    guard bytes.count >= needle.count else { return false }
    for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
      if bytes[start..<start + needle.count].elementsEqual(needle) { return true }
    }
    return false
  }

  private static func isJSONWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  private static func installSignalHandlers() {
    signal(SIGPIPE, SIG_IGN)
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in terminationRequested.store(true, ordering: .relaxed) }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGTERM, &action, nil)
    sigaction(SIGINT, &action, nil)
    action.__sigaction_handler.sa_handler = { _ in reloadRequested.store(true, ordering: .relaxed) }
    sigaction(SIGHUP, &action, nil)
    // A parent may have spawned us with these blocked; we must see them.
    var wanted = sigset_t()
    sigemptyset(&wanted)
    sigaddset(&wanted, SIGTERM)
    sigaddset(&wanted, SIGINT)
    sigaddset(&wanted, SIGHUP)
    sigprocmask(SIG_UNBLOCK, &wanted, nil)
  }
}

/// The output of one input line (or of a timer wake-up) and the ids it answered.
struct OutputSegment {
  var range: Range<Int>
  var ids: [JSON]
  var isBatch: Bool
}
