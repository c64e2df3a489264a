import JSON

/// The application behind the server: methods, timers, durability.
/// Called from the server's one thread only.
public protocol RPCHandler: AnyObject {
  /// Answers one request (or notification: the result is then dropped).
  func handle(_ request: Request, context: CallContext) -> Result<any JSONEncodable, RPCError>
  /// Milliseconds until the handler wants `wake()` (a timer is due), or
  /// nil when nothing is scheduled.
  func millisecondsUntilWake() -> Int?
  /// Runs what is due (timers); may emit notifications through `context`.
  func wake(context: CallContext)
  /// True when the line just handled made work due at once (timers that
  /// waited for an adapter): the server then calls `wake` before the next
  /// line, as its own output, so that a failed commit of that work does
  /// not take back the line's answer.
  var wantsWake: Bool { get }
  /// Makes every change applied since the last call durable, before any
  /// response reporting it is written (group commit). Returns an error to
  /// send instead of those responses when that fails.
  func commit() -> RPCError?
  /// A number that changes whenever the handler applies a change that
  /// `commit` must make durable (to know which answers reported changes).
  var changeMark: Int { get }
  /// Re-reads the configuration (the server received SIGHUP); may emit
  /// notifications through `context`.
  func reloadConfiguration(context: CallContext)
}

extension RPCHandler {
  public func reloadConfiguration(context: CallContext) {}
  public var wantsWake: Bool { false }
}

/// What a handler may do besides returning a result.
public final class CallContext {
  private unowned let server: StdioServer
  /// The id of the request being handled (nil for a notification).
  public let requestID: JSON?

  init(server: StdioServer, requestID: JSON?) {
    self.server = server
    self.requestID = requestID
  }

  /// Sends a notification now, before the request's own response.
  public func notify(method: String, params: some JSONEncodable) {
    server.writeNotification(method: method, params: params)
  }

  /// Commits and writes out everything produced so far (progress of long
  /// calls). False when the commit failed: the call should stop, since its
  /// unsaved changes were undone and its answer becomes that error.
  @discardableResult
  public func flush() -> Bool { server.flushOutput() }

  /// True once a `$/cancelRequest` for this request has arrived, including
  /// one still waiting to be read behind it.
  public func isCancelled() -> Bool {
    guard let requestID else { return false }
    return server.hasCancel(for: requestID)
  }

  /// Says that this request's answer holds even if the commit of earlier
  /// changes in its group fails: it neither shows nor depends on them, and
  /// what it did is not rolled back (loading an adapter). Without this, an
  /// answer after an unsaved change becomes -32603 when the commit fails.
  /// Only for a request on a line of its own.
  public func keepAnswerOnFailedCommit() { server.keepAnswerOnFailedCommit() }

  /// Ends the server after this message with the given status.
  public func exit(status: Int32) { server.requestExit(status: status) }
}
