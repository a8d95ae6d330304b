import DataLoading
import Expressions
import Foundation
import TestSupport
import Testing

/// What a second round of hostile inputs found in loading: every value read as written, nothing
/// left unread without a word.
@Suite struct ReliabilityTests {
    /// A submission folder with a manifest of Vietnamese conventions and the given files.
    static func folder(_ files: [(name: String, kind: String, text: String)]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopcheck-rel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var manifest = """
            coopcheck_submission: 1
            unit: SKHDT
            province: "67"
            period: 2025
            prepared_on: 2026-01-10
            conventions: { numbers: vietnamese, dates: dd/mm/yyyy }
            files:

            """
        for file in files {
            manifest += "  - { path: \(file.name), kind: \(file.kind) }\n"
            try file.text.write(to: folder.appendingPathComponent(file.name), atomically: true, encoding: .utf8)
        }
        try manifest.write(to: folder.appendingPathComponent("submission.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aJSONNumberIsTheNumberItWritesWhateverTheConventionForText() throws {
        // Vietnamese conventions: as text "12.345" is twelve thousand three hundred forty-five; as a
        // JSON number 12.345 is twelve and a bit, and 48.7 is forty-eight point seven.
        let json = """
            [
              {"unit": "LMHTX", "indicator": "a", "year": 2025, "value": 12.345},
              {"unit": "LMHTX", "indicator": "b", "year": 2025, "value": 48.7},
              {"unit": "LMHTX", "indicator": "c", "year": 2025, "value": "12.345"},
              {"unit": "LMHTX", "indicator": "d", "year": 2025, "value": 1e3}
            ]
            """
        let folder = try Self.folder([("i.json", "indicators", json)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let (submission, report) = SubmissionReader.load(folder: folder.path)
        #expect(report.isValid, "\(report.diagnostics.map(\.english))")
        let values = try #require(submission).records[.indicators]?.map { $0["value"] }
        #expect(
            values == [
                .decimal(Decimal(string: "12.345")!), .decimal(Decimal(string: "48.7")!), .decimal(12345),
                .decimal(1000),
            ])
    }

    @Test func aPlainYAMLNumberIsTypedAndAQuotedOneIsText() throws {
        let yaml = """
            - { unit: LMHTX, indicator: a, year: 2025, value: 1.5 }
            - { unit: LMHTX, indicator: b, year: 2025, value: "1.500" }
            - unit: LMHTX
              indicator: c
              year: 2025
              value: 1.500,5
            """
        let folder = try Self.folder([("i.yaml", "indicators", yaml)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let (submission, report) = SubmissionReader.load(folder: folder.path)
        #expect(report.isValid, "\(report.diagnostics.map(\.english))")
        let values = try #require(submission).records[.indicators]?.map { $0["value"] }
        // `1.500,5` is no YAML number: it is text, read by the manifest's Vietnamese convention.
        #expect(values == [.decimal(Decimal(string: "1.5")!), .decimal(1500), .decimal(Decimal(string: "1500.5")!)])
    }
}
