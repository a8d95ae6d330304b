import DataLoading
import Evaluation
import Foundation
import Reporters
import Rules
import SyntheticData
import TestSupport
import Testing

/// Reading a large CSV file on several cores gives exactly the one-core result: the same
/// findings, the same problems, the same counts.
@Suite struct ParallelReadingTests {
    static let ruleSet = RuleLoader.load(paths: [
        TestPaths.root.appendingPathComponent("Rules").path,
        TestPaths.root.appendingPathComponent("bench/eight-checks.yaml").path,
    ])

    static func submission(cooperatives: Int) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "coopcheck-parallel-\(UUID().uuidString)"
        ).path
        _ = try SubmissionGenerator(cooperatives: cooperatives, seed: 11).write(to: folder)
        return folder
    }

    static func options(workers: Int) -> ReadOptions {
        var options = ReadOptions(workers: workers)
        options.parallelThreshold = 0
        return options
    }

    /// The JSON report and the validation problems and counts, with `workers` cores.
    static func outcome(_ folder: String, workers: Int) -> (
        json: String?, problems: [String], records: Int, rejected: Int
    ) {
        let (result, report) = Evaluator.check(
            packs: ruleSet.packs, folder: folder, displayName: "submission", options: options(workers: workers))
        return (
            result.map { JSONReporter.generateReport($0, options: ReportOptions()) },
            report.diagnostics.map(\.english), report.recordCount, report.rejectedCount
        )
    }

    static func rewrite(_ folder: String, _ edit: ([String]) -> [String]) throws {
        let path = (folder as NSString).appendingPathComponent("cooperatives.csv")
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        try (edit(lines).joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func oneTwoAndThreeWorkersGiveIdenticalResults() throws {
        #expect(!Self.ruleSet.hasErrors)
        let folder = try Self.submission(cooperatives: 20_000)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let one = Self.outcome(folder, workers: 1)
        let json = try #require(one.json, "\(one.problems)")
        #expect(json.contains("\"status\": \"violated\""))
        #expect(one.records > 20_000)
        for workers in [2, 3] {
            let many = Self.outcome(folder, workers: workers)
            #expect(many.json == json, "\(workers) workers")
            #expect(
                many.problems == one.problems && many.records == one.records && many.rejected == one.rejected,
                "\(workers) workers")
        }
    }

    @Test func duplicatesAndBadCellsOnEitherSideOfTheSplitAreReportedAsOnOneCore() throws {
        let folder = try Self.submission(cooperatives: 4_000)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.rewrite(folder) { lines in
            var lines = lines
            let middle = lines.count / 2
            lines.insert(lines[5], at: middle + 10)  // a repeat, after the split, of an id before it
            lines.insert(lines[middle + 20], at: middle + 30)  // a repeat within the second half
            lines.append(lines[7])  // and one at the very end
            let cell = lines.indices.first { $0 > middle + 40 && lines[$0].contains(",HTX,") }!
            lines[cell] = lines[cell].replacingOccurrences(of: ",HTX,", with: ",HXT,")
            return lines
        }
        let one = Self.outcome(folder, workers: 1)
        let two = Self.outcome(folder, workers: 2)
        #expect(one.json == nil)
        #expect(one.problems.filter { $0.contains("duplicate cooperative id") }.count == 3)
        #expect(one.problems.contains { $0.contains("kind: 'HXT' is not") })
        #expect(two.problems == one.problems)
        #expect(two.records == one.records && two.rejected == one.rejected)
    }

    @Test func aSplitInsideAQuotedLineBreakFallsBackToOneCore() throws {
        let folder = try Self.submission(cooperatives: 400)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A name of many quoted lines in the middle, most of the file: the split falls inside it.
        try Self.rewrite(folder) { lines in
            var lines = lines
            let middle = lines.count / 2
            var fields = lines[middle].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields[1] = "\"" + Array(repeating: "dòng", count: 40_000).joined(separator: "\n") + "\""
            lines[middle] = fields.joined(separator: ",")
            return lines
        }
        let one = Self.outcome(folder, workers: 1)
        let two = Self.outcome(folder, workers: 2)
        #expect(one.json != nil, "\(one.problems)")
        #expect(two.json == one.json)
        #expect(two.problems == one.problems && two.records == one.records && two.rejected == one.rejected)
    }
}
