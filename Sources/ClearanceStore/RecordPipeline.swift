import Dispatch
import Synchronization

/// Reads a file's records on a second thread while the caller applies them
/// on its own: at start-up, checking and decoding a snapshot of a million
/// clearances takes about as long again as putting them into memory, and
/// the two overlap. Records arrive in file order; where reading stops (the
/// end, a torn tail, damage) comes last, after every record before it.
final class RecordPipeline: @unchecked Sendable {
  /// Why reading stopped, and at which offset.
  enum Stop: Sendable {
    /// After the last whole record.
    case end(Int)
    /// The file ends inside the record at this offset.
    case torn(Int)
    /// The framing of the record at this offset is damaged.
    case corrupt(Int, String)
    /// The record at this offset has a correct checksum but does not decode.
    case undecodable(Int, StoreError)
  }

  private struct Batch: Sendable {
    var records: [(offset: Int, record: RecordCodec.Record)] = []
    var stop: Stop?
  }

  /// The mapped bytes; the caller keeps them alive until `run` returns.
  private struct Bytes: @unchecked Sendable { let raw: UnsafeRawBufferPointer }

  private static let batchSize = 1_024
  /// Up to 4M records of lookahead. The phases of a snapshot are lopsided:
  /// puts are cheap to decode and dear to apply, history the other way
  /// round. The reader must be able to run through the puts into the
  /// history; what it decodes ahead is kept in memory anyway.
  private static let depth = 4_096

  /// A ring of batches; each slot belongs to one thread at a time, handed
  /// over by the semaphores.
  private let slots = UnsafeMutablePointer<Batch>.allocate(capacity: depth)
  private let filled = DispatchSemaphore(value: 0)
  /// Starts at 0 and is signalled `depth` times: libdispatch traps when a
  /// semaphore is freed below its initial value, which happens when the
  /// caller stops early with batches left unread.
  private let free = DispatchSemaphore(value: 0)
  private let finished = DispatchSemaphore(value: 0)
  private let cancelled = Atomic(false)
  /// Applied batches go back to the reading thread to be freed there: it
  /// allocated their values and has time to spare, the applying thread has
  /// none. `returned` counts them.
  private let trash = Mutex<[Batch]>([])
  private let returned = DispatchSemaphore(value: 0)

  private init() {
    slots.initialize(repeating: Batch(), count: Self.depth)
    for _ in 0..<Self.depth { free.signal() }
  }

  deinit {
    slots.deinitialize(count: Self.depth)
    slots.deallocate()
  }

  /// Reads the records of `bytes` from `offset` on and hands each to
  /// `apply` in order. Returns why reading stopped; an error `apply` throws
  /// ends the reading and is rethrown.
  static func run(
    _ bytes: UnsafeRawBufferPointer, from offset: Int, format: FormatVersion,
    apply: (Int, RecordCodec.Record) throws(StoreError) -> Void
  ) throws(StoreError) -> Stop {
    let pipeline = RecordPipeline()
    let shared = Bytes(raw: bytes)
    DispatchQueue.global(qos: .userInitiated).async {
      pipeline.produce(shared.raw, from: offset, format: format)
    }
    // The reader must be done with the bytes before the caller unmaps them.
    defer { pipeline.stopProducing() }
    var index = 0
    while true {
      pipeline.filled.wait()
      let batch = (pipeline.slots + index % depth).move()
      (pipeline.slots + index % depth).initialize(to: Batch())
      pipeline.free.signal()
      index += 1
      for (offset, record) in batch.records { try apply(offset, record) }
      if let stop = batch.stop { return stop }
      pipeline.trash.withLock { $0.append(batch) }
      pipeline.returned.signal()
    }
  }

  private func produce(_ bytes: UnsafeRawBufferPointer, from start: Int, format: FormatVersion) {
    defer { finished.signal() }
    var offset = start
    var index = 0
    defer { freeReturnedBatches() }
    while true {
      free.wait()
      if cancelled.load(ordering: .acquiring) { return }
      emptyTrash()
      // A cache per batch: the values it shares are then retained here
      // while the applying thread releases those of earlier batches, not
      // the same reference counts from both threads at once.
      let cache = DecodeCache()
      var batch = Batch()
      batch.records.reserveCapacity(Self.batchSize)
      reading: while batch.records.count < Self.batchSize {
        switch RecordFraming.read(bytes, at: offset) {
        case .end: batch.stop = .end(offset)
        case .torn: batch.stop = .torn(offset)
        case .corrupt(let why): batch.stop = .corrupt(offset, why)
        case .record(let payload, let end):
          do throws(StoreError) {
            batch.records.append((offset, try RecordCodec.decode(payload, format: format, cache: cache)))
            offset = end
            continue reading
          } catch {
            batch.stop = .undecodable(offset, error)
          }
        }
        break reading
      }
      let done = batch.stop != nil
      slots[index % Self.depth] = batch
      index += 1
      filled.signal()
      if done { return }
    }
  }

  private func emptyTrash() {
    let applied = trash.withLock { batches in
      defer { batches.removeAll() }
      return batches
    }
    _ = consume applied
  }

  /// After the last batch: frees what comes back until the caller is done.
  private func freeReturnedBatches() {
    while !cancelled.load(ordering: .acquiring) {
      returned.wait()
      emptyTrash()
    }
    emptyTrash()
  }

  private func stopProducing() {
    cancelled.store(true, ordering: .releasing)
    free.signal()
    returned.signal()
    finished.wait()
  }
}
