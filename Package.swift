// swift-tools-version: 6.1
import PackageDescription

/// Links adapters so that they are never unmapped: Swift code must not be
/// unloaded (swiftlang/swift#75889), and the host never unloads any adapter.
let adapterLinkerSettings: [LinkerSetting] = [.unsafeFlags(["-Xlinker", "-z", "-Xlinker", "nodelete"])]
let cAdapterSettings: [CSetting] = [.unsafeFlags(["-fvisibility=hidden"])]

/// The store's hot paths touch a dozen stored properties of one class per
/// save, and each access is checked for exclusivity at run time: about 5%
/// of the profile, ingest-batch ~325k -> ~350k vehicles/s without them. Release builds skip those run-time checks in this one
/// target; debug builds, which the tests run, keep them (docs/architecture.md).
let storeSwiftSettings: [SwiftSetting] = [
  .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))
]

/// Swift adapters built like VolkswagenGroup: the kit and one folder,
/// Plugins/<name>, each its own shared library.
let kitAdapters = [
  "Stellantis", "MercedesBenz", "Ford", "Tesla", "BMWGroup", "ToyotaGroup", "Polestar", "RenaultGroup", "VolvoCars",
]

let package = Package(
  name: "fleet-clearance",
  products: [
    .executable(name: "fleet-clearance", targets: ["fleet-clearance"]),
    // The benchmark of docs/benchmark.md: drives the release host over pipes.
    .executable(name: "fleet-clearance-bench", targets: ["Benchmark"]),
    // What a Swift brand team imports to write an adapter.
    .library(name: "FleetAdapterKit", targets: ["FleetAdapterKit"]),
    // The adapters, each its own shared library, loaded by the host at run time.
    .library(name: "VolkswagenGroup", type: .dynamic, targets: ["VolkswagenGroup"]),
    .library(name: "Kia", type: .dynamic, targets: ["Kia"]),
  ] + kitAdapters.map { .library(name: $0, type: .dynamic, targets: [$0]) },
  targets: [
    // The C interface: the public header and module map, nothing else.
    .target(name: "CFleetAdapter"),
    .target(name: "FleetAdapterKit", dependencies: ["CFleetAdapter"]),
    .target(name: "JSON"),
    .target(name: "ClearanceCore"),
    .target(name: "AdapterHost", dependencies: ["CFleetAdapter", "ClearanceCore", "FleetAdapterKit"]),
    // CRC-32C in C: the SSE4.2 crc32 instruction with a portable fallback.
    .target(name: "CCRC32C"),
    .target(
      name: "ClearanceStore", dependencies: ["CCRC32C", "ClearanceCore", "JSON"], swiftSettings: storeSwiftSettings),
    .target(name: "JSONRPC", dependencies: ["JSON"]),
    .target(
      name: "FleetClearanceHost",
      dependencies: ["AdapterHost", "ClearanceCore", "ClearanceStore", "JSON", "JSONRPC"]),
    .executableTarget(name: "fleet-clearance", dependencies: ["FleetClearanceHost"]),
    .executableTarget(name: "Benchmark", dependencies: ["AdapterHost", "ClearanceCore", "JSON"]),

    .target(
      name: "VolkswagenGroup", dependencies: ["FleetAdapterKit"], path: "Plugins/VolkswagenGroup",
      linkerSettings: adapterLinkerSettings),
    .target(
      name: "Kia", dependencies: ["CFleetAdapter"], path: "Plugins/Kia",
      cSettings: cAdapterSettings, linkerSettings: adapterLinkerSettings),
  ]
    + kitAdapters.map {
      .target(name: $0, dependencies: ["FleetAdapterKit"], path: "Plugins/\($0)", linkerSettings: adapterLinkerSettings)
    } + [
      .testTarget(name: "JSONTests", dependencies: ["JSON", "TestSupport"]),
      .testTarget(name: "ClearanceCoreTests", dependencies: ["ClearanceCore", "TestSupport"]),
      // Builds the C fixture adapters of Tests/Fixtures/Adapters at test time.
      .target(name: "AdapterFixtures", path: "Tests/AdapterFixtures"),
      .target(name: "TestSupport", path: "Tests/TestSupport"),
      .testTarget(name: "AdapterHostTests", dependencies: ["AdapterFixtures", "AdapterHost", "ClearanceCore"]),
      .testTarget(name: "JSONRPCTests", dependencies: ["JSONRPC", "JSON"]),
      .testTarget(
        name: "ClearanceStoreTests", dependencies: ["ClearanceStore", "ClearanceCore", "JSON", "TestSupport"]),
      .testTarget(
        name: "FleetClearanceHostTests", dependencies: ["ClearanceCore", "FleetClearanceHost", "JSON", "JSONRPC"]),
      .testTarget(
        name: "EndToEndTests", dependencies: ["AdapterFixtures", "fleet-clearance", "JSON"]),
    ]
)
