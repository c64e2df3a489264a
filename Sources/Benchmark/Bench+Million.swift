import Foundation
import JSON

/// memory, list and recovery, on one fleet of 1,000,000 approved clearances,
/// each with one tag and two changelog entries (pending, approved).
extension Bench {
  func millionScenarios() throws {
    let size = options.size(1_000_000)
    let dataDir = try workspace.freshDataDir()
    let host = try startHost(dataDir: dataDir)
    _ = try host.result(Requests.line(id: 0, method: "ping"))
    let emptyBytes = try host.residentBytes()
    // In windows: what stays resident should be the fleet, not a burst of
    // buffered requests and responses (see docs/benchmark.md, memory).
    let perCall = Self.vehiclesPerCall
    let adds = try host.pipelineInWindows(
      count: size / perCall, window: 10, what: "adding 1,000,000 clearances",
      make: { index, id in Requests.add(id: id, index * perCall..<(index + 1) * perCall) },
      accept: { ResponseLine.count(Self.pendingItem, in: $0) == perCall })
    let reports = try host.pipelineInWindows(
      count: size, window: 1_000, what: "approving 1,000,000 clearances",
      make: { index, id in Requests.report(id: id, index) },
      accept: { ResponseLine.contains($0, Self.approvedStatus) })
    progress(
      "\(Format.grouped(size)) clearances added in \(Format.number(adds.seconds, places: 2)) s and approved in "
        + "\(Format.number(reports.seconds, places: 2)) s")
    try expectFleet(host, total: size, status: "approved", what: "the 1,000,000 fleet")
    if options.runs(.memory) {
      let perClearance = Double(try host.residentBytes() - emptyBytes) / Double(size)
      record(Row(id: .memory, figure: Format.number(perClearance, places: 0), value: perClearance))
      note(
        "memory: VmRSS of the host holding the fleet minus its VmRSS right after start-up "
          + "(\(Format.grouped(emptyBytes / 1024)) KiB, adapters loaded), divided by \(Format.grouped(size)); "
          + "peak VmHWM while adding \(Format.grouped(try host.peakResidentBytes() / 1024)) KiB.")
    }
    if options.runs(.list) { try list(host, expected: size) }
    try finish(host, what: "the 1,000,000 fleet")
    if options.runs(.recovery) { try recovery(dataDir: dataDir, expected: size) }
  }

  static let vinKey = Array(#"{"vin":""#.utf8)
  static let nextCursorKey = Array(#""next_cursor":"#.utf8)
  static let pageLimit = 10_000

  /// Pages through every approved clearance, 10,000 a page (the most a page holds).
  private func list(_ host: HostChild, expected: Int) throws {
    var cursor: String?
    var seen = 0
    var id = 0
    var firstPage: [UInt8] = []
    let start = Monotonic.nanoseconds()
    repeat {
      id += 1
      try host.send(Requests.listApproved(id: id, limit: Self.pageLimit, cursor: cursor))
      try host.reader.withNextLine { line in
        guard let response = ResponseLine.read(line), response.id == id, response.isResult else {
          throw BenchError("list: page \(id) failed: \(ResponseLine.text(line))\(host.stderrNote())")
        }
        seen += ResponseLine.count(Self.vinKey, in: line)
        cursor = try Self.nextCursor(line)
        if id == 1 { firstPage = Array(line) }
      }
    } while cursor != nil
    let seconds = Monotonic.seconds(since: start)
    guard seen == expected else {
      throw BenchError("list: paging returned \(seen) clearances, expected \(expected)")
    }
    try Self.checkFullPage(firstPage, expected: min(expected, Self.pageLimit))
    let rate = Double(seen) / seconds
    record(Row(id: .list, figure: Format.number(rate, places: 0), value: rate))
  }

  /// The `next_cursor` at the end of a page: a string, or nil for null.
  private static func nextCursor(_ line: UnsafeBufferPointer<UInt8>) throws -> String? {
    let tail = max(0, line.count - 200)
    guard let key = ResponseLine.find(nextCursorKey, in: line, from: tail) else {
      throw BenchError(
        "list: a page without next_cursor: …\(ResponseLine.text(UnsafeBufferPointer(rebasing: line[tail...])))")
    }
    let valueStart = key + nextCursorKey.count
    guard line[valueStart] == UInt8(ascii: "\"") else { return nil }
    var valueEnd = valueStart + 1
    while valueEnd < line.count && line[valueEnd] != UInt8(ascii: "\"") { valueEnd += 1 }
    return String(decoding: UnsafeBufferPointer(rebasing: line[valueStart + 1..<valueEnd]), as: UTF8.self)
  }

  /// Parses the first page in full (after the timing): every clearance is
  /// approved, with its tag and both changelog entries.
  private static func checkFullPage(_ page: [UInt8], expected: Int) throws {
    let vehicles = try JSONParser.parse(page)["result"]?["vehicles"]?.arrayValue ?? []
    guard vehicles.count == expected else {
      throw BenchError("list: the first page holds \(vehicles.count) clearances, expected \(expected)")
    }
    for vehicle in vehicles {
      guard vehicle["status"] == "approved", vehicle["tags"]?.objectValue?.count == 1,
        vehicle["changelog"]?.arrayValue?.map({ $0["status"] }) == ["pending", "approved"]
      else { throw BenchError("list: an unexpected clearance on the first page: \(JSONWriter.string(vehicle))") }
    }
  }

  /// Restarts on the data dir and times start to the first answer, which
  /// comes only once the data dir has been read.
  private func recovery(dataDir: String, expected: Int) throws {
    let onDisk = Self.folderBytes(dataDir)
    let start = Monotonic.nanoseconds()
    let host = try startHost(dataDir: dataDir)
    let stats = try HostStats(host.result(Requests.line(id: 1, method: "host.stats")))
    let seconds = Monotonic.seconds(since: start)
    try finish(host, what: "recovery")
    guard stats.total == expected else {
      record(Row(id: .recovery, figure: "—", unavailable: "\(stats.total) of \(Format.grouped(expected)) restored"))
      note(
        "recovery: the restarted host answered in \(Format.number(seconds, places: 3)) s holding \(stats.total) of "
          + "\(Format.grouped(expected)) clearances: --data-dir does not persist anything yet, so there was nothing "
          + "to recover and no figure is reported.")
      return
    }
    record(Row(id: .recovery, figure: Format.number(seconds, places: 2), value: seconds))
    note(
      "recovery: the data dir held \(Self.mebibytes(onDisk)) MiB for \(Format.grouped(expected)) clearances "
        + "(host.stats journal_bytes after the restart: \(Self.mebibytes(Int(stats.journalBytes))) MiB); "
        + "\(onDisk / max(1, expected)) bytes on disk per clearance.")
  }

  private static func mebibytes(_ bytes: Int) -> String { Format.number(Double(bytes) / 1_048_576, places: 1) }

  /// The bytes of the regular files in a folder (the data dir is flat).
  private static func folderBytes(_ path: String) -> Int {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.reduce(0) { total, name in
      let size = (try? FileManager.default.attributesOfItem(atPath: path + "/" + name)[.size] as? Int) ?? 0
      return total + size
    }
  }
}
