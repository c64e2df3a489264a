/// The format versions of journal and snapshot files, named by the last two
/// characters of their magic. This host writes 02 and reads both; a data
/// dir in 01 is converted at start-up (docs/journal.md, "Format versions").
enum FormatVersion: CaseIterable, Sendable {
  /// JSON payloads (every release before binary payloads).
  case v01
  /// Binary payloads.
  case v02

  static let current = FormatVersion.v02

  var journalMagic: [UInt8] { Array("FCJRNL\(digits)".utf8) }
  var snapshotMagic: [UInt8] { Array("FCSNAP\(digits)".utf8) }

  private var digits: String {
    switch self {
    case .v01: "01"
    case .v02: "02"
    }
  }

  static let magicBytes = 8

  /// The version whose journal (or snapshot) magic `bytes` starts with.
  static func of(_ bytes: UnsafeRawBufferPointer, snapshot: Bool) -> FormatVersion? {
    guard bytes.count >= magicBytes else { return nil }
    let head = Array(bytes[0..<magicBytes])
    return allCases.first { (snapshot ? $0.snapshotMagic : $0.journalMagic) == head }
  }
}
