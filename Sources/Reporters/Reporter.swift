import Diagnostics
import Evaluation
import Foundation
import Messages

/// What a report shows besides the findings themselves.
public struct ReportOptions: Sendable {
    /// The language every sentence of the report is written in (JSON carries both).
    public var language: Language
    /// One row per violating record as well as per finding (CSV).
    public var records: Bool
    /// ANSI colour in the text report: only for a terminal, never with NO_COLOR.
    public var colour: Bool
    /// For a recorded run: the change since the previous run, trends and submissions (Markdown, JSON, HTML).
    public var run: RunContext?
    /// The least severity whose violations fail the job (`--fail-on`); nil when none does. JUnit
    /// fails a test case exactly when the exit code counts its violation.
    public var failOn: Severity?
    /// The folder relative paths in the report are relative to: the working directory.
    public var workingDirectory: String
    /// The folder SARIF's URIs are relative to (`%SRCROOT%`): the repository's root in code
    /// scanning; the working directory unless `--sarif-root` says otherwise.
    public var sarifRoot: String?
    /// Where the full report of a capped one is (GitHub annotations, Markdown), to point at.
    public var fullReport: String?

    public init(
        language: Language = .en, records: Bool = false, colour: Bool = false, run: RunContext? = nil,
        failOn: Severity? = .error, workingDirectory: String = FileManager.default.currentDirectoryPath,
        sarifRoot: String? = nil, fullReport: String? = nil
    ) {
        self.language = language
        self.records = records
        self.colour = colour
        self.run = run
        self.failOn = failOn
        self.workingDirectory = workingDirectory
        self.sarifRoot = sarifRoot
        self.fullReport = fullReport
    }

    /// The catalogue of the report's language.
    var catalogue: any Catalogue { Catalogues.of(language) }
}

/// A report format. Adding one means adding a file with a type conforming to this protocol and
/// listing it in `Reporters.all`.
public protocol Reporter: Sendable {
    /// The name `--format` selects it by.
    static var identifier: String { get }
    /// One line for `--help`.
    static var description: String { get }
    /// The extension of a report file, without the dot.
    static var fileExtension: String { get }
    /// The whole report for an evaluation.
    static func generateReport(_ result: EvaluationResult, options: ReportOptions) -> String
    /// The report of input that could not be evaluated — invalid rule packs, data or run
    /// configuration — holding every diagnostic at its position, so that a CI job gets the same
    /// file in the same format whether the data broke a rule or could not be read.
    static func generateReport(diagnostics: [Diagnostic], options: ReportOptions) -> String
}

/// The registry of report formats.
public enum Reporters {
    public static let all: [any Reporter.Type] = [
        TextReporter.self, JSONReporter.self, JUnitReporter.self, SARIFReporter.self, GitHubReporter.self,
        MarkdownReporter.self, HTMLReporter.self, CSVReporter.self,
    ]

    public static func reporter(named name: String) -> (any Reporter.Type)? {
        all.first { $0.identifier == name }
    }
}
