/// The reject reasons every brand can produce (the seed's "Global" rows).
public enum GlobalReasons {
  public static let unspecified = "unspecified"
  public static let invalidVIN = "invalid VIN"

  public static let all: [ReasonDeclaration] = [
    ReasonDeclaration(
      "unspecified", kind: .reject,
      description:
        "When an activation fails without any specific reason, this reason is returned. For many brands this means that the vehicle is not eligible."
    ),
    ReasonDeclaration(
      "invalid client configuration", kind: .reject,
      description:
        "This indicates that your project has not been configured by our support team. Please get in touch with your contact person."
    ),
    ReasonDeclaration(
      "invalid VIN", kind: .reject,
      description: "The VIN is not recognised by the manufacturer as an eligible vehicle."),
    ReasonDeclaration(
      "ineligible VIN", kind: .reject, description: "The vehicle is not eligible for activation."),
    ReasonDeclaration(
      "VIN is assigned to a different OEM fleet", kind: .reject,
      description:
        "The VIN is already activated by another customer of the OEM, which blocks High Mobility from activating it."
    ),
  ]

  public static func contains(_ reason: String) -> Bool {
    all.contains { $0.reason == reason }
  }
}
