import DataContract
import DataLoading
import Diagnostics
import Foundation
import TestSupport
import Testing

/// Every folder under Samples/invalid/ is rejected with exactly the messages of its golden file,
/// and the valid samples load cleanly.
@Suite struct SampleSubmissionTests {
    static let samples = TestPaths.root.appendingPathComponent("Samples")

    static func render(_ report: ValidationReport) -> String {
        let prefix = samples.path + "/"
        return report.diagnostics.map { $0.english.replacingOccurrences(of: prefix, with: "Samples/") + "\n" }.joined()
            + "\(report.fileCount) files, \(report.recordCount) records, \(report.rejectedCount) rejected\n"
    }

    @Test(arguments: [
        "wrong-encoding", "bad-dates", "ambiguous-number", "missing-column", "duplicate-id",
        "unknown-commune", "inconsistent", "outside-folder",
    ])
    func invalidSampleMatchesGolden(name: String) {
        let report = SubmissionReader.read(folder: Self.samples.appendingPathComponent("invalid/\(name)").path)
        #expect(!report.isValid)
        let golden = TestPaths.tests.appendingPathComponent("DataLoadingTests/Fixtures/invalid/\(name).expected")
        if let problem = Golden.mismatch(Self.render(report), goldenFile: golden) {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test(arguments: ["dak-nong-2025", "national-2025"])
    func validSampleLoadsWithoutProblems(name: String) {
        let (sink, report) = SubmissionReader.read(folder: Self.samples.appendingPathComponent(name).path) { _ in
            CountingSink()
        }
        let records = sink?.count ?? -1
        #expect(report.diagnostics.map(\.english) == [])
        #expect(report.rejectedCount == 0)
        #expect(records == report.recordCount)
        #expect(records > 300)
    }

    @Test func everyRecordIsEitherPassedOnOrRejected() {
        for name in ["bad-dates", "duplicate-id", "inconsistent", "unknown-commune"] {
            let (sink, report) = SubmissionReader.read(
                folder: Self.samples.appendingPathComponent("invalid/\(name)").path
            ) { _ in CountingSink() }
            #expect((sink?.count ?? -1) + report.rejectedCount == report.recordCount, "\(name)")
            #expect(report.rejectedCount > 0, "\(name)")
        }
    }
}

/// docs/data-format.md lists every field of every data set.
@Suite struct DataFormatDocumentationTests {
    @Test func everyFieldIsDocumented() throws {
        let doc = try String(contentsOf: TestPaths.root.appendingPathComponent("docs/data-format.md"), encoding: .utf8)
        for kind in DatasetKind.allCases {
            #expect(doc.contains("### `\(kind.rawValue)`"), "\(kind)")
            for field in kind.fields {
                #expect(doc.contains("| `\(field.name)` |"), "\(kind).\(field.name)")
            }
        }
    }
}
