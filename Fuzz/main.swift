// libFuzzer targets for every parser that reads what users write: `make fuzz` builds this with
// `--sanitize=fuzzer` (and address) and COOPCHECK_FUZZ defined, and runs each target for a
// set time on seed corpora drawn from the rule packs and samples. A crash leaves its input in
// .build/fuzz/crashes; turn each into a regression test.
//
// Usage: COOPCHECK_FUZZ_TARGET=csv coopcheck-fuzz [libFuzzer options] [corpus folders]
// Targets: yaml, rules, target, schedule, expression, csv, manifest.
import DataContract
import DataLoading
import Expressions
import Foundation
import Rules
import Targets
import YAMLNodes

/// One fuzz target: takes the bytes libFuzzer made and feeds them to a parser. Problems in the
/// input must come back as errors; a crash, a hang or a sanitizer report is a bug.
enum FuzzTarget: String, CaseIterable {
    case yaml, rules, target, schedule, expression, csv, manifest

    func run(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        switch self {
        case .yaml:
            _ = try? YAMLParser.parse(bytes: bytes, file: "fuzz.yaml")
        case .rules:
            if let document = try? YAMLParser.parse(bytes: bytes, file: "fuzz.yaml") {
                _ = RulePackParser.parse(document)
            }
        case .target:
            _ = try? Target.parse(text)
        case .schedule:
            _ = try? Schedule.parse(text)
        case .expression:
            for role in [ExpressionRole.filter, .requirement, .measure] {
                if case .success(let checked) = ExpressionCompiler.check(
                    text, role: role, schema: DatasetKind.cooperatives.schema),
                    role != .measure
                {
                    _ = BoundExpression(checked.syntax) { DatasetKind.cooperatives.fieldIndex[$0] }.evaluate([])
                }
            }
        case .csv:
            Submission.shared.read(manifest: Submission.csvManifest, cooperatives: bytes)
        case .manifest:
            Submission.shared.read(
                manifest: bytes,
                cooperatives: Array(
                    "id,name,kind,sector,province,founded_on,status\nA1,X,HTX,trade,67,2020-01-01,active\n".utf8))
        }
    }
}

/// A scratch submission folder the file-reading targets write each input into.
final class Submission: @unchecked Sendable {
    static let shared = Submission()
    static let csvManifest = Array(
        """
        coopcheck_submission: 1
        unit: FUZZ
        period: 2025
        prepared_on: 2026-01-10
        files:
          - { path: cooperatives.csv, kind: cooperatives }

        """.utf8)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopcheck-fuzz-\(getpid())").path

    init() {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func read(manifest: [UInt8], cooperatives: [UInt8]) {
        _ = FileManager.default.createFile(atPath: folder + "/submission.yaml", contents: Data(manifest))
        _ = FileManager.default.createFile(atPath: folder + "/cooperatives.csv", contents: Data(cooperatives))
        _ = SubmissionReader.read(folder: folder)
    }
}

#if COOPCHECK_FUZZ
    /// libFuzzer's entry point. `make fuzz` builds with the fuzzer, which brings its own `main`, and
    /// names the target in COOPCHECK_FUZZ_TARGET.
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        FuzzTarget.selected.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
        return 0
    }

    extension FuzzTarget {
        static let selected: FuzzTarget = {
            guard let name = ProcessInfo.processInfo.environment["COOPCHECK_FUZZ_TARGET"],
                let target = FuzzTarget(rawValue: name)
            else {
                FileHandle.standardError.write(
                    Data(
                        "set COOPCHECK_FUZZ_TARGET to one of \(allCases.map(\.rawValue).joined(separator: ", "))\n".utf8
                    ))
                exit(2)
            }
            return target
        }()
    }
#else
    // A declaration rather than a statement: the fuzzer build parses this file as a library, where
    // statements may not stand at the top level, even in an inactive `#if` branch.
    let replayed: Void = FuzzTarget.replay(CommandLine.arguments)
#endif

extension FuzzTarget {
    /// A plain build replays the files given to the named target, so a crash found by
    /// `make fuzz` can be run under the debugger.
    static func replay(_ arguments: [String]) {
        guard arguments.count > 2, let target = FuzzTarget(rawValue: arguments[1]) else {
            FileHandle.standardError.write(Data("usage: coopcheck-fuzz TARGET FILE...; `make fuzz` fuzzes\n".utf8))
            exit(2)
        }
        for path in arguments.dropFirst(2) {
            target.run(Array(FileManager.default.contents(atPath: path) ?? Data()))
        }
    }
}
