// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "coopcheck",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "coopcheck", targets: ["coopcheck"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        // The system libyaml (Debian: libyaml-dev), not a vendored copy.
        .systemLibrary(name: "CLibYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        // Source positions and messages, shared by every layer.
        .target(name: "Diagnostics"),
        // The shipped rule packs as source, compiled in at build time from Rules/*.yaml.
        .executableTarget(name: "embed-rule-packs", path: "Tools/embed-rule-packs"),
        .plugin(name: "EmbedRulePacks", capability: .buildTool(), dependencies: ["embed-rule-packs"]),
        .target(name: "EmbeddedRulePacks", plugins: ["EmbedRulePacks"]),
        // Vietnam's provincial-level units on each map: 63 until 30/6/2025, 34 from 1/7/2025.
        .target(name: "AdministrativeMap", dependencies: ["Expressions"]),
        // Threads for work on several cores that fall back to fewer when the system has none to give.
        .target(name: "Workers"),
        // YAML text to a tree of positioned nodes, safe on untrusted input.
        .target(name: "YAMLNodes", dependencies: ["CLibYAML", "Diagnostics"]),
        // The filter and measure language of rules, and civil dates.
        .target(name: "Expressions", dependencies: ["Diagnostics"]),
        // Target and schedule wordings ("ít nhất 45%", "trước ngày 15/12 hằng năm") and their meaning.
        .target(name: "Targets", dependencies: ["Expressions", "Diagnostics"]),
        // The data sets a submission holds and the fields rules may read.
        .target(name: "DataContract", dependencies: ["Expressions", "Diagnostics"]),
        // Spreadsheet workbooks (.xlsx) read as typed cells with their addresses, refusing hostile files.
        .target(
            name: "Workbooks",
            dependencies: ["Expressions", "Diagnostics", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // Submissions: the manifest, CSV/YAML/JSON loaders, typed values and validation.
        .target(
            name: "DataLoading",
            dependencies: [
                "DataContract", "Expressions", "YAMLNodes", "Diagnostics", "Workers", "AdministrativeMap", "Workbooks",
            ]),
        // The evaluator: rule packs against a submission at a date, to findings and scorecards as data.
        .target(
            name: "Evaluation",
            dependencies: [
                "Rules", "DataLoading", "AdministrativeMap", "Targets", "Expressions", "DataContract", "Diagnostics",
            ]),
        // Every sentence a person reads, one catalogue per language (English, Vietnamese).
        .target(
            name: "Messages",
            dependencies: [
                "Evaluation", "History", "Warehouse", "Rules", "Targets", "Expressions", "DataContract", "Diagnostics",
            ]),
        // Report formats: one file per format, listed in one registry.
        .target(
            name: "Reporters",
            dependencies: [
                "Messages", "Evaluation", "History", "Rules", "AdministrativeMap", "Targets", "Expressions",
                "Diagnostics", "DataLoading",
            ]),
        // Large deterministic synthetic submissions for benchmarks and scale tests.
        .target(name: "SyntheticData", dependencies: ["AdministrativeMap"]),
        // The rule language: rule packs, targets, schedules, loading and linting.
        .target(
            name: "Rules",
            dependencies: ["YAMLNodes", "Expressions", "Targets", "DataContract", "Diagnostics", "EmbeddedRulePacks"]),
        // The history of nightly runs in SQLite: runs, their inputs, every finding; and what changed between two runs.
        .target(
            name: "History",
            dependencies: ["Evaluation", "Rules", "Diagnostics", .product(name: "GRDB", package: "GRDB.swift")]),
        // Rule packs where the data lives: tables, loads and the queries of every rule's facts in
        // PostgreSQL, DuckDB and Spark SQL, and an evaluation fed by what they return.
        .target(
            name: "Warehouse",
            dependencies: [
                "Evaluation", "Rules", "DataLoading", "DataContract", "Expressions", "Diagnostics", "YAMLNodes",
            ]),
        // `check --database`: the fact queries run on a live PostgreSQL through PostgresNIO.
        .target(
            name: "PostgresSource",
            dependencies: [
                "Warehouse", .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"), .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]),
        // Nightly runs: a run configuration, every submission evaluated in parallel, reports and history.
        .target(
            name: "NightlyRun",
            dependencies: [
                "Evaluation", "Reporters", "Messages", "History", "Rules", "DataLoading", "YAMLNodes", "Diagnostics",
                "Workers", "AdministrativeMap", "EmbeddedRulePacks", .product(name: "Crypto", package: "swift-crypto"),
            ]),
        // `coopcheck init`: a starter submission — manifest, workbook with drop-downs, CSV headers.
        .target(
            name: "SubmissionTemplates",
            dependencies: [
                "AdministrativeMap", "DataContract", "DataLoading", "Diagnostics", "Evaluation", "Expressions",
                "Messages",
                "Rules", "Workbooks",
            ]),
        // `coopcheck serve`: the web page and JSON API a province checks its workbook with.
        .target(
            name: "WebService",
            dependencies: [
                "Evaluation", "Reporters", "Messages", "Rules", "DataLoading", "Workbooks", "AdministrativeMap",
                "Diagnostics", "Expressions", "SubmissionTemplates",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        // The command-line interface; thin: it parses arguments and calls the library.
        .target(
            name: "CoopCheckCLI",
            dependencies: [
                "Rules", "DataLoading", "SyntheticData", "Evaluation", "Messages", "Reporters", "History", "NightlyRun",
                "Diagnostics", "WebService", "SubmissionTemplates", "Warehouse",
                "PostgresSource", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(name: "coopcheck", dependencies: ["CoopCheckCLI", "DataLoading"]),

        // libFuzzer targets for the parsers (`make fuzz`); replays inputs when built without the fuzzer.
        .executableTarget(
            name: "coopcheck-fuzz",
            dependencies: ["YAMLNodes", "Rules", "Targets", "Expressions", "DataContract", "DataLoading"],
            path: "Fuzz", exclude: ["run.sh"]),

        // Timings of the hot paths (CSV scanning, expression evaluation, aggregation), run by `make bench`.
        .executableTarget(
            name: "coopcheck-bench",
            dependencies: ["DataLoading", "Evaluation", "Rules", "Expressions", "SyntheticData"],
            path: "Benchmarks/HotPaths"),

        // Golden-file comparison, fixture paths and English renderings for the tests.
        .target(
            name: "TestSupport", dependencies: ["Messages", "Evaluation", "Diagnostics"], path: "Tests/TestSupport"),
        .testTarget(name: "AdministrativeMapTests", dependencies: ["AdministrativeMap", "Expressions"]),
        .testTarget(name: "WorkbooksTests", dependencies: ["Workbooks", "Expressions", "Diagnostics", "TestSupport"]),
        .testTarget(name: "YAMLNodesTests", dependencies: ["YAMLNodes", "TestSupport"]),
        .testTarget(name: "ExpressionsTests", dependencies: ["Expressions", "Messages", "TestSupport"]),
        .testTarget(name: "TargetsTests", dependencies: ["Targets", "Messages", "TestSupport"]),
        .testTarget(
            name: "RulesTests", dependencies: ["Rules", "EmbeddedRulePacks", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "DataLoadingTests", dependencies: ["DataLoading", "DataContract", "TestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "SyntheticDataTests",
            dependencies: ["SyntheticData", "DataLoading", "AdministrativeMap", "TestSupport"]),
        .testTarget(
            name: "EvaluationTests",
            dependencies: [
                "Evaluation", "Messages", "Reporters", "Rules", "DataLoading", "YAMLNodes", "SyntheticData",
                "TestSupport",
            ], exclude: ["Fixtures"]),
        .testTarget(
            name: "MessagesTests",
            dependencies: [
                "Messages", "Warehouse", "Evaluation", "Rules", "DataLoading", "DataContract", "Diagnostics",
                "Expressions",
                "History", "Targets",
                "YAMLNodes", "TestSupport",
            ], exclude: ["Fixtures"]),
        .testTarget(
            name: "ReportersTests",
            dependencies: [
                "Reporters", "Messages", "History", "Targets", "Evaluation", "Rules", "DataLoading", "TestSupport",
            ], exclude: ["Fixtures"]),
        .testTarget(
            name: "HistoryTests", dependencies: ["History", "Rules", "Messages", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "NightlyRunTests", dependencies: ["NightlyRun", "Expressions", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "CLITests", dependencies: ["CoopCheckCLI", "Diagnostics", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "WarehouseTests",
            dependencies: [
                "Warehouse", "PostgresSource", "Evaluation", "Reporters", "Rules", "DataLoading", "SyntheticData",
                "YAMLNodes", "TestSupport",
            ]),
        .testTarget(
            name: "WebServiceTests",
            dependencies: [
                "WebService", "Rules", "TestSupport", .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]),
    ]
)
