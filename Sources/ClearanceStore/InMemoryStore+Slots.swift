import ClearanceCore

/// Finding, adding and removing the slot of a VIN.
extension InMemoryStore {
  func slot(of vin: String) -> UInt32? {
    if let key = PackedVIN(vin) { return table.find(key, in: vins) }
    return oddSlots[vin]
  }

  func addSlot(vin: String) -> UInt32 {
    let slot = UInt32(slots.count)
    if let key = PackedVIN(vin) {
      vins.append(key)
      table.insert(slot, in: vins)
    } else {
      vins.append(.odd(oddVINs.count))
      oddVINs.append(vin)
      oddSlots[vin] = slot
    }
    slots.append(.empty)
    return slot
  }

  /// Takes a clearance out (a rolled-back insert). The slot stays, dead.
  func removeSlot(_ slot: UInt32) {
    let key = vins[Int(slot)]
    if key.isPacked { table.remove(key, in: vins) } else { oddSlots[oddVINs[Int(key.low)]] = nil }
    let stored = slots[Int(slot)]
    slots[Int(slot)].flags &= ~StoredClearance.liveFlag
    liveCount -= 1
    allVINs.noteRemoval()
    byStatus[Int(stored.status)].noteRemoval()
    byBrand[Int(stored.brand)].noteRemoval()
    statusCounts[Int(stored.status)] -= 1
    brandCounts[Int(stored.brand)] -= 1
  }

  /// Whether the slot's VIN is spelled exactly `vin`. An odd VIN is found
  /// by `String` equality, which also matches other spellings of it; the
  /// slot keeps the first.
  func holds(_ vin: String, at slot: UInt32) -> Bool {
    let key = vins[Int(slot)]
    if key.isPacked { return PackedVIN(vin) == key }
    return ExactString.same(oddVINs[Int(key.low)], vin)
  }

  var order: SlotOrder { SlotOrder(vins: vins, oddVINs: oddVINs) }

  func vinString(_ slot: UInt32) -> String { order.string(vins[Int(slot)]) }
}
