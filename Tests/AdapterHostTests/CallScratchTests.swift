import CFleetAdapter
import ClearanceCore
import Dispatch
import Synchronization
import Testing

@testable import AdapterHost

/// The reused query memory: what a call copies must arrive intact, call
/// after call, whatever the sizes before it.
@Suite struct CallScratchTests {
  func text(_ value: fc_string_t) -> [UInt8] {
    Array(UnsafeRawBufferPointer(start: value.data, count: value.size + 1))
  }

  @Test func copiesNulTerminatedAndSurvivesGrowingAndShrinking() {
    let scratch = CallScratch()
    for size in [3, 0, 1 << 20, 17, 70_000, 5] {
      let payload = [UInt8]((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 1) })
      let tags = [RawTag(keyText: payload, valueText: Array("v".utf8)), RawTag(keyText: [], valueText: payload)]
      let tagBytes = tags.callByteCount
      scratch.reset(byteCount: "kia".utf8.count + size + tagBytes.bytes, stringCount: 2 + tagBytes.strings, tagCount: 2)
      let brand = scratch.string("kia")
      let raw = scratch.string(payload)
      let array = scratch.tags(tags)
      #expect(text(brand) == Array("kia".utf8) + [0])
      #expect(text(raw) == payload + [0], "size \(size)")
      #expect(array.map { text($0[0].key) } == payload + [0])
      #expect(array.map { text($0[1].value) } == payload + [0])
      #expect(scratch.writtenMessage() == nil, "reset clears the message")
    }
  }

  @Test func stringsKeepNonASCIIAndBridgedText() {
    let scratch = CallScratch()
    let samples = ["Zoë 🚗", "", String(repeating: "é", count: 40), "inline"]
    scratch.reset(byteCount: samples.map(\.utf8.count).reduce(0, +), stringCount: samples.count, tagCount: 0)
    for sample in samples {
      #expect(text(scratch.string(sample)) == Array(sample.utf8) + [0])
    }
    #expect(scratch.tags([RawTag]()) == nil)
  }

  @Test func concurrentCallsOnOneAdapterGetTheirOwnAnswers() throws {
    let adapter = try AdapterLoader.load(path: try Products.volkswagenGroup())
    let named = [ClearanceCore.Tag(key: "vw-group-customer-name", value: "Acme Fleet Services GmbH")]
    let wrong = Mutex(0)
    DispatchQueue.concurrentPerform(iterations: 8) { worker in
      for call in 0..<2_000 {
        let withName = (worker + call) % 2 == 0
        let verdict = try? adapter.checkEligibility(
          brand: "volkswagen", vin: "WVWZZZ1JZXW000001", tags: withName ? named : [])
        let expected: EligibilityVerdict =
          withName ? .eligible(pendingReason: nil) : .notEligible(reason: "customer name tag missing")
        if verdict != expected { wrong.withLock { $0 += 1 } }
      }
    }
    #expect(wrong.withLock { $0 } == 0)
  }
}
