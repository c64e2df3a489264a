import ClearanceCore

/// A change of a snapshot's history record. It names its clearance by the
/// put record that holds it (`put`, counted from 1 in the same snapshot),
/// so that loading attaches it to that clearance's slot without looking
/// the VIN up, and the VIN is neither stored nor decoded again. `put` 0:
/// the VIN is `change.vin` (format 01, and changes no clearance holds).
/// With `put` above 0, `change.vin` is empty.
struct SnapshotChange: Equatable, Sendable {
  var put: Int
  var change: ChangeRecord

  init(put: Int, change: ChangeRecord) {
    self.put = put
    self.change = change
  }

  /// A change that carries its own VIN.
  init(_ change: ChangeRecord) { self.init(put: 0, change: change) }
}
