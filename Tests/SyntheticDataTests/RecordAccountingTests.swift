import DataLoading
import Foundation
import SyntheticData
import Testing

/// Nothing is lost: every data line of a submission is either passed on to the rules or rejected
/// with its problem at its position, on one core and on several.
@Suite struct RecordAccountingTests {
    static func options(_ workers: Int) -> ReadOptions {
        var options = ReadOptions(workers: workers)
        options.parallelThreshold = 0
        return options
    }

    static func dataLines(_ folder: String, _ files: [String]) throws -> Int {
        try files.filter { $0.hasSuffix(".csv") }.reduce(0) { total, file in
            total + (try String(contentsOfFile: folder + "/" + file, encoding: .utf8).split(separator: "\n").count - 1)
        }
    }

    @Test(arguments: [1, 2])
    func everyLineOfAValidSubmissionReachesTheRules(workers: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "coopcheck-accounting-\(UUID().uuidString)"
        ).path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = try SubmissionGenerator(cooperatives: 6_000, seed: 5, provinces: 4).write(to: folder)
        let (sink, report) = SubmissionReader.read(folder: folder, options: Self.options(workers)) { _ in CountingSink()
        }
        #expect(report.isValid)
        #expect(report.recordCount == (try Self.dataLines(folder, files)))
        #expect(report.rejectedCount == 0)
        #expect(sink?.count == report.recordCount)
    }

    @Test(arguments: [1, 2])
    func everyDamagedLineIsRejectedAtItsPosition(workers: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "coopcheck-accounting-\(UUID().uuidString)"
        ).path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = try SubmissionGenerator(cooperatives: 6_000, seed: 5, provinces: 4).write(to: folder)
        // Damage every 500th cooperative: a bad number, a bad date or a repeated id, in turn.
        let path = folder + "/cooperatives.csv"
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        for (n, i) in stride(from: 500, to: lines.count, by: 500).enumerated() {
            var fields = lines[i].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            switch n % 3 {
            case 0: fields[9] = "many"
            case 1: fields[7] = "2025-02-30"
            default: fields[0] = lines[1].split(separator: ",")[0].description
            }
            lines[i] = fields.joined(separator: ",")
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let report = SubmissionReader.read(folder: folder, options: Self.options(workers))
        #expect(report.recordCount == (try Self.dataLines(folder, files)))
        #expect(report.rejectedCount == 12)
        let damaged = Set(stride(from: 500, to: lines.count, by: 500).map { $0 + 1 })
        let errorLines = Set(report.diagnostics.filter { $0.severity == .error }.map(\.location.line))
        #expect(errorLines == damaged)
    }
}
