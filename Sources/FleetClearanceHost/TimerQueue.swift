import ClearanceCore

/// When each clearance's next timer is due, as a min-heap. Entries are
/// hints: the host recomputes a clearance's timer from its state before
/// firing, so an entry left over from an earlier state does nothing.
struct TimerQueue {
  private var heap: [(due: Timestamp, vin: String)] = []
  /// The due time each VIN is queued under, so that changing a clearance
  /// again and again does not pile up entries for the same instant.
  private var queued: [String: Timestamp] = [:]

  var isEmpty: Bool { heap.isEmpty }
  var earliest: Timestamp? { heap.first?.due }
  var count: Int { heap.count }

  mutating func schedule(vin: String, due: Timestamp) {
    if let existing = queued[vin], existing <= due { return }
    queued[vin] = due
    heap.append((due, vin))
    var child = heap.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard heap[child].due < heap[parent].due else { break }
      heap.swapAt(child, parent)
      child = parent
    }
  }

  /// Removes and returns the earliest entry if it is due at `now`.
  mutating func popDue(now: Timestamp) -> (due: Timestamp, vin: String)? {
    guard let first = heap.first, first.due <= now else { return nil }
    if queued[first.vin] == first.due { queued[first.vin] = nil }
    let last = heap.removeLast()
    if !heap.isEmpty {
      heap[0] = last
      var parent = 0
      while true {
        let left = 2 * parent + 1
        let right = left + 1
        var smallest = parent
        if left < heap.count && heap[left].due < heap[smallest].due { smallest = left }
        if right < heap.count && heap[right].due < heap[smallest].due { smallest = right }
        guard smallest != parent else { break }
        heap.swapAt(parent, smallest)
        parent = smallest
      }
    }
    return first
  }
}
