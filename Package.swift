// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "coopcheck",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "coopcheck", targets: ["coopcheck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The system libyaml (Debian: libyaml-dev), not a vendored copy.
        .systemLibrary(name: "CLibYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        // Source positions and messages, shared by every layer.
        .target(name: "Diagnostics"),
        // YAML text to a tree of positioned nodes, safe on untrusted input.
        .target(name: "YAMLNodes", dependencies: ["CLibYAML", "Diagnostics"]),
        // The filter and measure language of rules.
        .target(name: "Expressions"),
        // The data sets a submission holds and the fields rules may read.
        .target(name: "DataContract", dependencies: ["Expressions"]),
        // The rule language: rule packs, targets, schedules, loading and linting.
        .target(name: "Rules", dependencies: ["YAMLNodes", "Expressions", "DataContract", "Diagnostics"]),
        // The command-line interface; thin: it parses arguments and calls the library.
        .target(name: "CoopCheckCLI", dependencies: [
            "Rules",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "coopcheck", dependencies: ["CoopCheckCLI"]),

        .testTarget(name: "YAMLNodesTests", dependencies: ["YAMLNodes"]),
        .testTarget(name: "ExpressionsTests", dependencies: ["Expressions"]),
        .testTarget(name: "RulesTests", dependencies: ["Rules"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CLITests", dependencies: ["CoopCheckCLI"]),
    ]
)
