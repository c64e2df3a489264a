import ClearanceCore
import Glibc

extension JournalStore {
  /// Opens (or creates) the data dir and recovers its state: the newest
  /// complete snapshot, then its journal. A torn last record is dropped
  /// with a warning; corruption before the tail stops with the file and
  /// offset, never silently dropping what follows it.
  public static func open(
    folder: String, calls: SystemCalls = POSIXCalls(), compactionBytes: Int64 = defaultCompactionBytes
  ) throws(StoreError) -> JournalStore {
    if mkdir(folder, 0o755) != 0 && errno != EEXIST { throw .system("creating data dir", folder) }
    guard access(folder, W_OK) == 0 else { throw .system("writing to data dir", folder) }
    let lock = try DataDirLock(folder: folder)
    let files = try DirectoryListing.names(in: folder)
    for name in files where name.hasSuffix(".tmp") { _ = calls.unlink("\(folder)/\(name)") }
    let generations = files.compactMap { generation(of: $0, prefix: "snapshot-", suffix: ".snap") }.sorted()
    let newest = generations.last ?? 0
    let journals = files.compactMap { generation(of: $0, prefix: "journal-", suffix: ".log") }
    var newer = journals.filter { $0 > newest }
    // A compaction that failed after starting journal N+1 may leave it
    // behind, holding no record, beside journal N still in use: drop it.
    let leftover = "\(folder)/journal-\(newest + 1).log"
    if journals.contains(newest) && newer.contains(newest + 1) && Self.holdsNoRecord(journal: leftover)
      && calls.unlink(leftover) == 0
    {
      newer.removeAll { $0 == newest + 1 }
    }
    if let newer = newer.max() {
      throw StoreError(
        "\(folder)/journal-\(newer).log has no snapshot-\(newer).snap beside it: the snapshot was lost, and starting without it would drop data. Restore the data dir from a backup"
      )
    }
    let store = JournalStore(
      folder: folder, calls: calls, lock: lock, generation: newest, compactionBytes: compactionBytes)
    var formats: [FormatVersion] = []
    if newest > 0 { formats.append(try store.loadSnapshot(store.snapshotPath(newest))) }
    formats.append(try store.replayJournal())
    if formats.contains(where: { $0 != .current }) {
      // Appends must not mix formats in one file: write the state as a new
      // generation in today's format (a compaction), which also drops the old one.
      do { try store.compact() } catch {
        throw StoreError(
          "cannot convert data dir \(folder) to format 02: \(error.description); it is unchanged, and an earlier release still reads it"
        )
      }
    }
    // Older generations are fully contained in the chosen snapshot.
    for name in files {
      let older =
        (generation(of: name, prefix: "snapshot-", suffix: ".snap") ?? Int.max) < newest
        || (generation(of: name, prefix: "journal-", suffix: ".log") ?? Int.max) < newest
      if older { _ = calls.unlink("\(folder)/\(name)") }
    }
    return store
  }

  /// At most the 8-byte magic: a journal that was created but never written to.
  static func holdsNoRecord(journal path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && info.st_size <= Int64(FormatVersion.magicBytes)
  }

  static func generation(of name: String, prefix: String, suffix: String) -> Int? {
    guard name.hasPrefix(prefix), name.hasSuffix(suffix) else { return nil }
    return Int(name.dropFirst(prefix.count).dropLast(suffix.count))
  }

  /// Loads the snapshot at `path` into memory and says which format it had.
  private func loadSnapshot(_ path: String) throws(StoreError) -> FormatVersion {
    try MappedFile(path: path, calls: calls).withBytes { (bytes) throws(StoreError) in
      guard let format = FormatVersion.of(bytes, snapshot: true) else {
        throw StoreError("\(path) is not a fleet-clearance snapshot (wrong magic); restore a backup of the data dir")
      }
      var complete = false
      var clearances = 0
      var changes = 0
      var puts = SnapshotPuts()
      let stop = try RecordPipeline.run(bytes, from: FormatVersion.magicBytes, format: format) {
        (offset, record) throws(StoreError) in
        switch record {
        case .put(let clearance, _):
          memory.loadPut(clearance, into: &puts)
          clearances += 1
        case .history(let slice):
          do throws(StoreError) { try memory.appendSnapshotHistory(slice, puts: puts) } catch {
            throw StoreError(
              "snapshot \(path) is corrupt at offset \(offset): \(error.description); restore a backup of the data dir")
          }
          changes += slice.count
        case .clock(let seconds): restoredClockValue(seconds)
        case .end(let expectedClearances, let expectedChanges):
          guard expectedClearances == clearances, expectedChanges == changes else {
            throw StoreError(
              "snapshot \(path) holds \(clearances) clearances and \(changes) changes, its end record says \(expectedClearances) and \(expectedChanges)"
            )
          }
          complete = true
        }
      }
      switch stop {
      case .end, .torn: break
      case .corrupt(let offset, let why):
        throw StoreError("snapshot \(path) is corrupt at offset \(offset): \(why); restore a backup of the data dir")
      case .undecodable(let offset, let error):
        throw StoreError(
          "snapshot \(path) is corrupt at offset \(offset): \(error.description); restore a backup of the data dir")
      }
      guard complete else { throw StoreError("snapshot \(path) is incomplete (no end record); restore a backup") }
      return format
    }
  }

  /// Replays the current journal into memory (creating it if missing) and
  /// says which format it had.
  private func replayJournal() throws(StoreError) -> FormatVersion {
    let path = journalPath(generation)
    guard access(path, F_OK) == 0 else {
      try createJournal(generation)
      return .current
    }
    let (format, offset, size) = try MappedFile(path: path, calls: calls).withBytes {
      (bytes) throws(StoreError) -> (FormatVersion?, Int, Int) in
      guard bytes.count >= FormatVersion.magicBytes else { return (nil, 0, bytes.count) }
      guard let format = FormatVersion.of(bytes, snapshot: false) else {
        throw StoreError("\(path) is not a fleet-clearance journal (wrong magic); restore a backup of the data dir")
      }
      return (format, try replay(bytes, format: format, path: path), bytes.count)
    }
    guard let format else {
      // Created but its header never reached the disk: nothing was in it.
      try createJournal(generation)
      return .current
    }
    journal = calls.open(path, O_WRONLY, 0)
    guard journal >= 0 else { throw .system("opening the journal", path) }
    if offset < size {
      guard calls.ftruncate(journal, Int64(offset)) == 0, calls.fsync(journal) == 0 else {
        throw .system("dropping the torn tail of", path)
      }
    }
    guard lseek(journal, off_t(offset), SEEK_SET) >= 0 else { throw .system("seeking in", path) }
    durableBytes = Int64(offset)
    return format
  }

  /// Applies every whole record of a journal and returns where the good
  /// records end.
  private func replay(_ bytes: UnsafeRawBufferPointer, format: FormatVersion, path: String) throws(StoreError) -> Int {
    let stop = try RecordPipeline.run(bytes, from: FormatVersion.magicBytes, format: format) {
      (offset, record) throws(StoreError) in
      switch record {
      case .put(let clearance, let changes): memory.save(clearance, changes: changes)
      case .clock(let seconds): restoredClockValue(seconds)
      case .history, .end:
        throw StoreError("journal \(path) is corrupt at offset \(offset): a snapshot record in the journal")
      }
    }
    switch stop {
    case .end(let offset): return offset
    case .torn(let offset):
      return try dropTail(bytes, at: offset, path: path, why: "the record reaches past the end of the file") {
        "dropped a torn record at the end of \(path) (offset \(offset), \(bytes.count - offset) bytes): the host stopped mid-write"
      }
    case .corrupt(let offset, let why):
      return try dropTail(bytes, at: offset, path: path, why: why) {
        "dropped a damaged last record of \(path) at offset \(offset) (\(why)): the host stopped mid-write, or the disk damaged it; if its change had been answered, restore a backup of the data dir"
      }
    case .undecodable(let offset, let error):
      throw StoreError("journal \(path) is corrupt at offset \(offset): \(error.description)")
    }
  }

  /// A damaged or cut-short record is a torn tail only when it can be the
  /// end of an interrupted write (`RecordFraming.isTail`) and no run of
  /// whole records follows it to the end. Otherwise its length or checksum
  /// was damaged in the middle of the journal, or records at its end were
  /// overwritten: dropping the tail would drop acknowledged records.
  private func dropTail(
    _ bytes: UnsafeRawBufferPointer, at offset: Int, path: String, why: String, warning: () -> String
  ) throws(StoreError) -> Int {
    let advice =
      "If the disk is sound and the host crashed or lost power, `truncate -s \(offset) \(path)` keeps every change before the damage (the \(bytes.count - offset) bytes after it go; a crash leaves only unanswered changes there). Otherwise restore a backup of the data dir. Moving the journal away would drop every change since the last snapshot"
    switch RecordFraming.successor(in: bytes, after: offset) {
    case .none:
      guard RecordFraming.isTail(bytes, at: offset) else {
        throw StoreError(
          "journal \(path) is corrupt at offset \(offset) (\(why)), and what follows it is neither whole records nor zeros, which an interrupted write cannot leave; the host does not start rather than drop it. \(advice)"
        )
      }
      warnings.append(warning())
      return offset
    case .found(let next):
      throw StoreError(
        "journal \(path) is corrupt at offset \(offset) (\(why)), and whole records follow from offset \(next); they would be lost, so the host does not start. \(advice)"
      )
    case .undecided:
      throw StoreError(
        "journal \(path) is damaged at offset \(offset) (\(why)), and the host cannot tell whether whole records follow; it does not start rather than risk dropping them. \(advice)"
      )
    }
  }

  func createJournal(_ generation: Int) throws(StoreError) {
    let path = journalPath(generation)
    let descriptor = calls.open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { throw .system("creating the journal", path) }
    let magic = FormatVersion.current.journalMagic
    let written = magic.withUnsafeBytes { calls.write(descriptor, $0) }
    guard written == magic.count, calls.fsync(descriptor) == 0 else {
      _ = calls.close(descriptor)
      throw .system("writing the journal header of", path)
    }
    do { try syncFolder() } catch {
      _ = calls.close(descriptor)
      throw error
    }
    if journal >= 0 { _ = calls.close(journal) }
    journal = descriptor
    durableBytes = Int64(magic.count)
  }

  func syncFolder() throws(StoreError) {
    let descriptor = calls.open(folder, O_RDONLY | O_DIRECTORY, 0)
    guard descriptor >= 0 else { throw .system("opening data dir", folder) }
    defer { _ = calls.close(descriptor) }
    guard calls.fsync(descriptor) == 0 else { throw .system("fsync of data dir", folder) }
  }
}

/// The names in a folder. The corresponding C functions are `opendir` and `readdir`.
enum DirectoryListing {
  static func names(in folder: String) throws(StoreError) -> [String] {
    guard let directory = opendir(folder) else { throw .system("listing", folder) }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }
}
