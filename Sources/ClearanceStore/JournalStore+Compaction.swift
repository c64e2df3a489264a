import ClearanceCore
import Glibc

extension JournalStore {
  /// Writes the whole state as snapshot N+1 and starts journal N+1. Each
  /// step leaves a state recovery handles: before the rename, snapshot N
  /// and journal N still hold everything; after it, snapshot N+1 does.
  func compact() throws(StoreError) {
    let next = generation + 1
    let temporary = snapshotPath(next) + ".tmp"
    do { try writeSnapshot(to: temporary) } catch {
      _ = calls.unlink(temporary)
      throw error
    }
    guard calls.rename(temporary, snapshotPath(next)) == 0 else {
      _ = calls.unlink(temporary)
      throw .system("renaming the snapshot", temporary)
    }
    let old = generation
    do throws(StoreError) {
      try syncFolder()
      try createJournal(next)
    } catch {
      // Snapshot N+1 would hide what journal N still receives: take it back,
      // and the journal N+1 that may have been started (first: a journal
      // without its snapshot stops the next start).
      _ = calls.unlink(journalPath(next))
      if calls.unlink(snapshotPath(next)) != 0 || (try? syncFolder()) == nil {
        markBroken(
          .system("taking back the unfinished snapshot", snapshotPath(next)), unfinishedSnapshot: snapshotPath(next))
      }
      throw error
    }
    generation = next
    _ = calls.unlink(journalPath(old))
    _ = calls.unlink(snapshotPath(old))
    try? syncFolder()
  }

  private func writeSnapshot(to path: String) throws(StoreError) {
    let descriptor = calls.open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { throw .system("creating the snapshot", path) }
    defer { _ = calls.close(descriptor) }
    var buffer = FormatVersion.current.snapshotMagic
    func flush(_ force: Bool) throws(StoreError) {
      guard force || buffer.count >= 1 << 20 else { return }
      var offset = 0
      while offset < buffer.count {
        let written = buffer.withUnsafeBytes {
          calls.write(descriptor, UnsafeRawBufferPointer(rebasing: $0[offset...]))
        }
        guard written > 0 else { throw .system("writing the snapshot", path) }
        offset += written
      }
      buffer.removeAll(keepingCapacity: true)
    }
    var clearances = 0
    var failure: StoreError?
    memory.forEach { clearance in
      guard failure == nil else { return }
      RecordFraming.append(to: &buffer) { RecordCodec.appendPut(clearance, [], to: &$0) }
      clearances += 1
      do throws(StoreError) { try flush(false) } catch { failure = error }
    }
    if let failure { throw failure }
    // The history names each change's clearance by its put (the order
    // `forEach` went in), not by VIN: loading then needs no lookup.
    let putNumbers = memory.putNumbers()
    var changes = 0
    while true {
      // 500 changes with the largest tags allowed stay far below a record's limit.
      let slice = memory.snapshotChanges(from: changes, limit: 500, putNumbers: putNumbers)
      guard !slice.isEmpty else { break }
      RecordFraming.append(to: &buffer) { RecordCodec.appendHistory(slice, to: &$0) }
      changes += slice.count
      try flush(false)
    }
    if let clock = currentClock { RecordFraming.append(to: &buffer) { RecordCodec.appendClock(clock, to: &$0) } }
    RecordFraming.append(to: &buffer) { RecordCodec.appendEnd(clearances: clearances, changes: changes, to: &$0) }
    try flush(true)
    guard calls.fsync(descriptor) == 0 else { throw .system("fsync of the snapshot", path) }
  }
}
