// swift-tools-version:6.2
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
        .testTarget(name: "PlanModelTests", dependencies: ["PlanModel"], exclude: ["Fixtures"]),
        .testTarget(name: "VerbeterTests", dependencies: ["verbeter"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v5]
)
