// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "verbeter",
    products: [
        .executable(name: "verbeter", targets: ["verbeter"]),
        .library(name: "PlanModel", targets: ["PlanModel"]),
    ],
    targets: [
        .target(name: "PlanModel"),
        .executableTarget(name: "verbeter", dependencies: ["PlanModel"]),
        .testTarget(name: "PlanModelTests", dependencies: ["PlanModel"]),
        .testTarget(name: "VerbeterTests", dependencies: ["verbeter"]),
    ],
    swiftLanguageModes: [.v5]
)
