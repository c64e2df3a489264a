/// One brand an adapter serves and what it declares.
public struct BrandDefinition: Sendable {
  public var brand: String
  public var canCancel: Bool
  public var cancelMinimumAgeSeconds: UInt64
  public var requiredTags: [String]
  public var reasons: [Reason]
  public var events: [Event]
  public var timers: [PendingTimer]
  public var approveRequiresData: Bool
  public var addDuringTransition: String?

  public init(
    _ brand: String, canCancel: Bool = false, cancelMinimumAgeSeconds: UInt64 = 86_400,
    requiredTags: [String] = [], reasons: [Reason] = [], events: [Event] = [],
    timers: [PendingTimer] = [], approveRequiresData: Bool = false, addDuringTransition: String? = nil
  ) {
    self.brand = brand
    self.canCancel = canCancel
    self.cancelMinimumAgeSeconds = cancelMinimumAgeSeconds
    self.requiredTags = requiredTags
    self.reasons = reasons
    self.events = events
    self.timers = timers
    self.approveRequiresData = approveRequiresData
    self.addDuringTransition = addDuringTransition
  }

  /// The same declarations for several brands of one group.
  public static func group(
    _ brands: [String], canCancel: Bool = false, cancelMinimumAgeSeconds: UInt64 = 86_400,
    requiredTags: [String] = [], reasons: [Reason] = [], events: [Event] = [],
    timers: [PendingTimer] = [], approveRequiresData: Bool = false, addDuringTransition: String? = nil
  ) -> [BrandDefinition] {
    brands.map {
      BrandDefinition(
        $0, canCancel: canCancel, cancelMinimumAgeSeconds: cancelMinimumAgeSeconds,
        requiredTags: requiredTags, reasons: reasons, events: events, timers: timers,
        approveRequiresData: approveRequiresData, addDuringTransition: addDuringTransition)
    }
  }
}
