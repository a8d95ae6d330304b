import DataLoading
import Diagnostics
import Evaluation
import Expressions
import Foundation
import Rules
import TestSupport
import Testing

@testable import Reporters

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Every report format on the Đắk Nông sample, against golden files; SARIF against the official
/// schema; JUnit as XML.
@Suite struct ReporterGoldenTests {
    /// The sample at the end of 2025; the golden files hold two packs of it (a national one and
    /// the province's own, every form of rule between them), which keeps them small enough to read.
    static func result(packs: Set<String>? = ["ctph-254-2024", "kh-188-2021-dak-nong"]) throws -> EvaluationResult {
        let ruleSet = RuleLoader.load(paths: [TestPaths.root.appendingPathComponent("Rules").path])
        let (submission, _) = SubmissionReader.load(
            folder: TestPaths.root.appendingPathComponent("Samples/dak-nong-2025").path,
            displayName: "Samples/dak-nong-2025")
        return Evaluator.evaluate(
            packs: ruleSet.packs.filter { packs?.contains($0.id) ?? true }, submission: try #require(submission),
            asOf: CivilDate(year: 2025, month: 12, day: 31)!)
    }

    /// Options for the golden files: paths relative to the package's root, wherever it is cloned.
    static func options(_ language: Language = .en, records: Bool = false) -> ReportOptions {
        ReportOptions(language: language, records: records, workingDirectory: TestPaths.root.path)
    }

    static func report(_ format: String, options: ReportOptions = options(), result: EvaluationResult? = nil)
        throws -> String
    {
        Reporters.reporter(named: format)!.generateReport(try result ?? Self.result(), options: options)
            .replacingOccurrences(
                of: ArtifactURI(workingDirectory: TestPaths.root.path, root: nil).rootURI, with: "file:///coopcheck/"
            )
            .replacingOccurrences(of: TestPaths.root.path + "/", with: "")
    }

    static let extensions = [
        "text": "txt", "json": "json", "junit": "xml", "sarif": "sarif", "github": "txt",
        "markdown": "md", "html": "html", "csv": "csv",
    ]

    /// Every format in both languages (JSON, which carries both, once).
    static let cases: [(format: String, language: Language)] = Reporters.all.map { $0.identifier }.flatMap { format in
        format == "json" ? [(format, Language.en)] : Language.allCases.map { (format, $0) }
    }

    @Test(arguments: cases.map { "\($0.format).\($0.language)" })
    func formatMatchesGolden(name: String) throws {
        let (format, language) = Self.cases.first { "\($0.format).\($0.language)" == name }!
        let output = try Self.report(format, options: Self.options(language))
        let suffix = format == "json" ? "" : ".\(language)"
        let file = "ReportersTests/Fixtures/dak-nong-2025.\(format)\(suffix).\(Self.extensions[format]!)"
        if let problem = Golden.mismatch(output, goldenFile: TestPaths.tests.appendingPathComponent(file)) {
            Issue.record(Comment(rawValue: problem))
        }
        #expect(
            output == (try Self.report(format, options: Self.options(language))),
            "byte-identical on a second run")
    }

    /// The problems of an invalid sample: what every format reports when nothing is evaluated.
    static let invalidDiagnostics = SubmissionReader.read(
        folder: TestPaths.root.appendingPathComponent("Samples/invalid/ambiguous-number").path,
        displayName: "Samples/invalid/ambiguous-number"
    ).diagnostics

    @Test(arguments: cases.map { "\($0.format).\($0.language)" })
    func invalidInputMatchesGolden(name: String) throws {
        let (format, language) = Self.cases.first { "\($0.format).\($0.language)" == name }!
        #expect(Self.invalidDiagnostics.count == 2)
        let output = Reporters.reporter(named: format)!.generateReport(
            diagnostics: Self.invalidDiagnostics, options: Self.options(language)
        ).replacingOccurrences(
            of: ArtifactURI(workingDirectory: TestPaths.root.path, root: nil).rootURI, with: "file:///coopcheck/")
        let suffix = format == "json" ? "" : ".\(language)"
        let file = "ReportersTests/Fixtures/invalid-ambiguous-number.\(format)\(suffix).\(Self.extensions[format]!)"
        if let problem = Golden.mismatch(output, goldenFile: TestPaths.tests.appendingPathComponent(file)) {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test func csvWithRecordsHasARowPerViolatingRecord() throws {
        let all = try Self.result(packs: nil)
        let plain = try Self.report("csv", result: all).split(separator: "\r\n")
        let detailed = try Self.report("csv", options: Self.options(records: true), result: all).split(
            separator: "\r\n")
        #expect(plain.first?.hasSuffix(",section,quote,group_name,observed_value,target_value") == true)
        #expect(detailed.first?.hasSuffix(",record,file,line,note") == true)
        #expect(detailed.count > plain.count)
        #expect(detailed.contains { $0.contains("664 annual-ket-report 2024,Samples/dak-nong-2025/reports.csv,30,") })
    }

    /// The report of `format` in a temporary file, for a checking script.
    static func file(_ format: String) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "coopcheck-\(UUID().uuidString).\(format)")
        try Self.report(format).write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func sarifValidatesAgainstTheOfficialSchema() throws {
        let file = try Self.file("sarif")
        defer { try? FileManager.default.removeItem(at: file) }
        let schema = TestPaths.tests.appendingPathComponent("Tools/sarif-schema-2.1.0.json").path
        guard let run = try Python.tool("validate_sarif.py", [file.path, schema], needs: "jsonschema") else { return }
        #expect(run.status == 0, "\(run.output)")
    }

    @Test func junitValidatesAgainstJenkinsSchemas() throws {
        let file = try Self.file("junit")
        defer { try? FileManager.default.removeItem(at: file) }
        guard let run = try Python.tool("validate_junit.py", [file.path], needs: "lxml") else { return }
        #expect(run.status == 0, "\(run.output)")
    }

    @Test func junitParsesAsXMLWithTheExpectedCounts() throws {
        let result = try Self.result()
        let xml = try XMLDocument(data: Data(try Self.report("junit").utf8))
        let root = try #require(xml.rootElement())
        #expect(root.name == "testsuites")
        #expect(root.attribute(forName: "tests")?.stringValue == "\(result.findings.count)")
        let failures = result.findings.filter { $0.status == .violated && $0.rule.severity == .error }.count
        #expect(root.attribute(forName: "failures")?.stringValue == "\(failures)")
        #expect(root.attribute(forName: "skipped") == nil, "junit-10.xsd has no 'skipped' on <testsuites>")
        let cases = try xml.nodes(forXPath: "//testcase")
        #expect(cases.count == result.findings.count)
        let suites = Set(result.findings.map { "\($0.pack.id) · \($0.submission)" })
        #expect(try xml.nodes(forXPath: "//testsuite").count == suites.count)
    }

    @Test func htmlIsSelfContained() throws {
        let html = try Self.report("html")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        for external in ["http://", "https://", "<script", "@import", "url("] {
            #expect(!html.contains(external), "\(external)")
        }
        #expect(html.contains("✗ violated"))
    }
}
