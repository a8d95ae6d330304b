import Foundation
import TestSupport
import Testing

/// `validate` with the packs built into coopcheck: what no pack reads is warned with the closest
/// identifier the packs read, and a report period the packs cannot count is an error.
@Suite struct ValidateCommandTests {
    @Test func theBuiltInPacksSayWhatCounts() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "coopcheck-vocab-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: TestPaths.root.appendingPathComponent("Samples/dak-nong-2025"), to: folder)
        func edit(_ file: String, line: Int, _ change: (String) -> String) throws {
            let url = folder.appendingPathComponent(file)
            var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
            lines[line - 1] = change(lines[line - 1])
            try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        try edit("indicators.csv", line: 2) { $0.replacingOccurrences(of: "news_items", with: "Số tin bài") }
        try edit("reports.csv", line: 2) { $0.replacingOccurrences(of: ",2020,", with: ",năm 2025,") }
        try edit("reports.csv", line: 3) { $0.replacingOccurrences(of: "annual-report-mpi", with: "annual-report-mip") }
        let run = Run("validate", folder.path, "--lang", "en")
        #expect(run.status == 2)
        #expect(
            run.out.replacingOccurrences(of: folder.path + "/", with: "").components(separatedBy: "\n") == [
                "indicators.csv:2:7: warning: indicator 'Số tin bài' is read by no rule pack, so this record would "
                    + "count for nothing; did you mean 'news_items'?",
                "reports.csv:2:22: error: period 'năm 2025' is not written as a period; write a year (2025), a "
                    + "half-year (2025-H1), a quarter (2025-Q3) or a month (2025-06)",
                "reports.csv:3:4: warning: report 'annual-report-mip' is read by no rule pack, so this record would "
                    + "count for nothing; did you mean 'annual-report-mpi'?",
                "",
            ])
    }
}
