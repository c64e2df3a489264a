import ClearanceCore
import ClearanceStore
import Foundation
import Glibc

/// Temporary data dirs and sample clearances for the journal tests.
final class DataDir {
  let path: String

  init() throws {
    path = FileManager.default.temporaryDirectory.appendingPathComponent("fc-store-\(UUID().uuidString)").path
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  func files() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }

  func url(_ name: String) -> URL { URL(fileURLWithPath: path).appendingPathComponent(name) }
}

enum Sample {
  static func clearance(_ number: Int, status: ClearanceStatus = .pending, reason: String? = nil) -> Clearance {
    let digits = String(number)
    let vin = "VIN" + String(repeating: "0", count: 14 - digits.count) + digits
    let time = Timestamp(secondsSinceEpoch: 1_767_225_600 + Int64(number))
    var log = [ChangelogEntry(timestamp: time, status: .pending)]
    if status != .pending || reason != nil {
      log.append(ChangelogEntry(timestamp: time.adding(seconds: 5), status: status, reason: reason))
    }
    return Clearance(
      vin: vin, brand: "kia", tags: [Tag(key: "fleet", value: "north \(number)")], changelog: log, insertedAt: time,
      approvedAt: status == .approved ? time.adding(seconds: 5) : nil, dataReceived: number % 2 == 0,
      activationReported: false)
  }

  /// Saves a clearance with one change record per changelog entry it adds.
  static func save(_ clearance: Clearance, in store: ClearanceStore) {
    let known = store.clearance(vin: clearance.vin)?.changelog.count ?? 0
    var seq = store.nextSeq
    let changes = clearance.changelog.dropFirst(known).map { entry -> ChangeRecord in
      defer { seq += 1 }
      return ChangeRecord(
        seq: seq, vin: clearance.vin, brand: clearance.brand, status: entry.status, previousStatus: nil,
        reason: entry.reason, timestamp: entry.timestamp, tags: clearance.tags)
    }
    store.save(clearance, changes: Array(changes))
  }

  static func everything(_ store: ClearanceStore) -> ([Clearance], [ChangeRecord]) {
    var clearances: [Clearance] = []
    store.forEach { clearances.append($0) }
    return (clearances.sorted { $0.vin < $1.vin }, store.changes(after: 0, limit: 1_000_000))
  }
}

/// System calls that fail on demand: the n-th call after `arm` (any kind),
/// or every fsync while `failFsync` is set; no file maps while
/// `failMapping` is set.
final class ScriptedCalls: SystemCalls {
  private let real = POSIXCalls()
  var failFsync = false
  var failMapping = false
  private(set) var mappingsRefused = 0
  private var countdown: Int?
  private(set) var failedCall: String?

  func arm(failingCall number: Int) { countdown = number }

  private func shouldFail(_ name: String) -> Bool {
    if name == "fsync" && failFsync { return true }
    guard let left = countdown else { return false }
    if left == 0 {
      countdown = nil
      failedCall = name
      return true
    }
    countdown = left - 1
    return false
  }

  func open(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    shouldFail("open") ? fail() : real.open(path, flags, mode)
  }
  func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
    shouldFail("write") ? Int(fail()) : real.write(descriptor, bytes)
  }
  func read(_ descriptor: Int32, _ buffer: UnsafeMutableRawBufferPointer) -> Int { real.read(descriptor, buffer) }
  func fsync(_ descriptor: Int32) -> Int32 { shouldFail("fsync") ? fail() : real.fsync(descriptor) }
  func ftruncate(_ descriptor: Int32, _ length: Int64) -> Int32 { real.ftruncate(descriptor, length) }
  func rename(_ from: String, _ to: String) -> Int32 { shouldFail("rename") ? fail() : real.rename(from, to) }
  func unlink(_ path: String) -> Int32 { real.unlink(path) }
  func close(_ descriptor: Int32) -> Int32 { real.close(descriptor) }
  func mapReadOnly(_ descriptor: Int32, _ size: Int) -> UnsafeRawPointer? {
    guard failMapping else { return real.mapReadOnly(descriptor, size) }
    mappingsRefused += 1
    return nil
  }

  private func fail() -> Int32 {
    errno = EIO
    return -1
  }
}
