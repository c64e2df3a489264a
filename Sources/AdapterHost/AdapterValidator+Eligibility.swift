import ClearanceCore

extension AdapterValidator {
  static let eligibilityChecks: [ValidationCheck] = [
    ValidationCheck(name: "eligibility-answers") { context throws(CheckFailure) in
      let adapter = try context.adapter()
      context.calling("check_eligibility")
      var count = 0
      for rules in adapter.descriptor.brands {
        for tags in Samples.tagSets(for: rules) {
          for vin in [Samples.vin, Samples.otherVIN] {
            do { _ = try adapter.checkEligibility(brand: rules.brand, vin: vin, tags: tags) } catch {
              throw CheckFailure("brand \(rules.brand), VIN \(vin), \(tags.count) tags: \(error)")
            }
            count += 1
          }
        }
      }
      return "\(count) queries answered with declared reasons only"
    },
    ValidationCheck(name: "eligibility-deterministic") { context throws(CheckFailure) in
      let adapter = try context.adapter()
      context.calling("check_eligibility")
      for rules in adapter.descriptor.brands {
        for tags in Samples.tagSets(for: rules) {
          let first = try? adapter.checkEligibility(brand: rules.brand, vin: Samples.vin, tags: tags)
          for _ in 0..<3 {
            let again = try? adapter.checkEligibility(brand: rules.brand, vin: Samples.vin, tags: tags)
            guard again == first else {
              throw CheckFailure(
                "brand \(rules.brand): the same query answered \(String(describing: first)), then \(String(describing: again))"
              )
            }
          }
        }
      }
      return "the same query always gets the same answer"
    },
    // Every brand: an adapter may be fast for one brand and slow for another.
    ValidationCheck(name: "eligibility-speed") { context throws(CheckFailure) in
      let adapter = try context.adapter()
      context.calling("check_eligibility")
      return try timeEach(adapter.descriptor.brands, noun: "brand", label: { "brand \($0.brand)" }) { rules in
        let tags = Samples.tagSets(for: rules)[1]
        _ = try? adapter.checkEligibility(brand: rules.brand, vin: Samples.vin, tags: tags)
      }
    },
    ValidationCheck(name: "eligibility-garbage") { context throws(CheckFailure) in
      let adapter = try context.adapter()
      context.calling("check_eligibility")
      let brand = Array(adapter.descriptor.brands[0].brand.utf8)
      for (name, bytes) in Samples.garbage {
        let attempts: [(String, () throws(AdapterCallError) -> Void)] = [
          (
            "VIN",
            { () throws(AdapterCallError) in _ = try adapter.rawEligibility(brand: brand, vin: bytes, tags: [RawTag]())
            }
          ),
          (
            "tag value",
            { () throws(AdapterCallError) in
              _ = try adapter.rawEligibility(
                brand: brand, vin: Array(Samples.vin.utf8), tags: [RawTag(keyText: bytes, valueText: bytes)])
            }
          ),
        ]
        for (field, attempt) in attempts {
          do { try attempt() } catch {
            throw CheckFailure("\(name) as \(field): \(error)")
          }
        }
      }
      return "survives empty, 1 MiB, invalid UTF-8 and NUL-laden strings"
    },
  ]
}
