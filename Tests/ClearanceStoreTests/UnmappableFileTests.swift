import ClearanceCore
import ClearanceStore
import Testing

/// Some file systems cannot map files: recovery then reads snapshot and
/// journal into memory and must find exactly the same data.
@Suite struct UnmappableFileTests {
  @Test func recoveryReadsFilesThatCannotBeMapped() throws {
    let dir = try DataDir()
    var expected: ([Clearance], [ChangeRecord])
    do {
      let store = try JournalStore.open(folder: dir.path)
      for number in 1...20 { Sample.save(Sample.clearance(number), in: store) }
      try store.commit()
      store.compactionBytes = 1
      Sample.save(Sample.clearance(7, status: .approved), in: store)
      try store.commit()
      store.compactionBytes = 1 << 30
      Sample.save(Sample.clearance(21, status: .rejected, reason: "late"), in: store)
      try store.commit()
      expected = Sample.everything(store)
    }
    #expect(dir.files().contains { $0.hasSuffix(".snap") })
    let calls = ScriptedCalls()
    calls.failMapping = true
    let reopened = try JournalStore.open(folder: dir.path, calls: calls)
    #expect(calls.mappingsRefused >= 2)
    let found = Sample.everything(reopened)
    #expect(found.0 == expected.0)
    #expect(found.1 == expected.1)
    #expect(found.0.count == 21)
  }
}
