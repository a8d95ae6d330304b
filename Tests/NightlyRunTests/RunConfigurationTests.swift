import Expressions
import Foundation
import NightlyRun
import TestSupport
import Testing

@Suite struct RunConfigurationTests {
    static let formats = ["text", "json", "junit", "sarif", "github", "markdown", "html", "csv"]
    static let fixtures = TestPaths.tests.appendingPathComponent("NightlyRunTests/Fixtures")

    @Test func theSampleConfigurationReadsWithPathsFromItsFolder() throws {
        let (configuration, diagnostics) = RunConfigurationParser.load(
            path: "Samples/nightly/nightly.yaml", formats: Self.formats)
        #expect(diagnostics.isEmpty)
        let c = try #require(configuration)
        #expect(c.rulePaths == ["Rules"])
        #expect(c.submissions.map(\.name) == ["dak-nong-2025", "national-2025", "duplicate-id"])
        #expect(
            c.submissions.map(\.path) == [
                "Samples/dak-nong-2025", "Samples/national-2025", "Samples/invalid/duplicate-id",
            ])
        #expect(c.submissions.map(\.location.line) == [7, 8, 10])
        #expect(c.asOf == .periodEnd)
        #expect(c.historyPath == ".build/nightly/history.sqlite")
        #expect(c.outputDirectory == ".build/nightly/reports")
        #expect(c.formats == ["json", "markdown", "html"])
        #expect(c.failOn == "error")
    }

    /// Every problem of every bad configuration, with its position (a golden file).
    @Test func badConfigurationsAreRefusedWithPositionedMessages() throws {
        let folder = Self.fixtures.appendingPathComponent("bad")
        var out = ""
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let path = "Tests/NightlyRunTests/Fixtures/bad/\(name)"
            let (configuration, diagnostics) = RunConfigurationParser.load(path: path, formats: Self.formats)
            #expect(configuration == nil, "\(name) was accepted")
            out += diagnostics.map(\.english).joined(separator: "\n") + "\n"
        }
        if let mismatch = Golden.mismatch(out, goldenFile: Self.fixtures.appendingPathComponent("bad.expected")) {
            Issue.record(Comment(rawValue: mismatch))
        }
    }

    @Test func aFolderOfFoldersStandsForEachOfThemAndAMissingFolderIsStillASubmission() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "coopcheck-provinces-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        // 67 sent its submission, 64 has a folder but no manifest; a hidden folder is left out.
        for folder in ["provinces/67", "provinces/64", "provinces/.hidden", "kon-tum/attachments"] {
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for file in ["provinces/README.md", "provinces/67/submission.yaml", "kon-tum/cooperatives.csv"] {
            try Data().write(to: root.appendingPathComponent(file))
        }
        let file = root.appendingPathComponent("nightly.yaml")
        try "coopcheck_run: 1\nrules: [rules]\nsubmissions: [provinces, missing/gia-lai, kon-tum]\nas_of: 2025-12-31\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let (configuration, diagnostics) = RunConfigurationParser.load(path: file.path, formats: Self.formats)
        #expect(diagnostics.isEmpty)
        let c = try #require(configuration)
        // kon-tum lost its manifest: it is one (invalid) submission, not a folder of 'attachments'.
        #expect(c.submissions.map(\.name) == ["64", "67", "gia-lai", "kon-tum"])
        #expect(
            c.submissions.map(\.path)
                == ["provinces/64", "provinces/67", "missing/gia-lai", "kon-tum"].map {
                    root.appendingPathComponent($0).path
                })
        #expect(c.asOf == .date(.init(year: 2025, month: 12, day: 31)!))
        #expect(c.historyPath == root.appendingPathComponent("history.sqlite").path)
        #expect(c.outputDirectory == nil)
        #expect(c.formats == ["json", "markdown", "html"], "the default formats, for --output-dir")
    }

    @Test func pathsAreShownWithoutDotSteps() {
        #expect(RunConfigurationParser.normalized("Samples/nightly/../../Rules") == "Rules")
        #expect(RunConfigurationParser.normalized("Samples/nightly/../../../x") == "../x")
        #expect(RunConfigurationParser.normalized("./a/./b/") == "a/b")
        #expect(RunConfigurationParser.normalized("/a/b/../c") == "/a/c")
        #expect(RunConfigurationParser.normalized("a/..") == ".")
    }
}
