import ArgumentParser
import Diagnostics
import Evaluation
import Foundation
import Messages
import Reporters

/// `--format` and `--output` in pairs, and `--sarif-root`: the reports a command writes, the same
/// formats whether the input was evaluated or its problems are all there is to report.
struct ReportOutputOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Report format (repeatable, paired with --output): \(Reporters.all.map { $0.identifier }.joined(separator: ", ")).",
            valueName: "FORMAT"))
    var format: [String] = []

    @Option(
        help: ArgumentHelp(
            "Write the report of the matching --format to this file, atomically (repeatable).", valueName: "FILE"))
    var output: [String] = []

    @Option(
        name: .customLong("sarif-root"),
        help: ArgumentHelp(
            "The folder SARIF and GitHub paths are relative to (default: the working directory).", valueName: "DIR"))
    var sarifRoot: String?

    /// Checks the pairs, for a command's `validate()`.
    func check(_ c: any Catalogue) throws {
        let known = Reporters.all.map { $0.identifier }
        for name in format where Reporters.reporter(named: name) == nil {
            throw c.usage(.unknownFormat(name, known: known, suggestion: Suggestions.best(for: name, in: known)))
        }
        if !output.isEmpty, output.count != max(format.count, 1) {
            throw c.usage(.outputPerFormat(formats: format.count, outputs: output.count))
        }
        if output.isEmpty, format.count > 1 {
            throw c.usage(.severalFormatsNeedOutputs)
        }
        var files: Set<String> = []
        for file in output where !files.insert(Self.standard(file)).inserted {
            throw c.usage(.outputTwice(file))
        }
    }

    /// A path as the file system names it, for telling whether two paths are one file.
    static func standard(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Whether one of the reports is written to `path`.
    func writes(to path: String) -> Bool {
        output.contains { Self.standard($0) == Self.standard(path) }
    }

    /// Whether any report was asked for beyond the text on standard output.
    var requested: Bool { !format.isEmpty }

    /// The options every report shares: the file a capped report points to is the first other
    /// report written, the one that holds everything.
    func options(_ c: any Catalogue, colour: Bool, records: Bool = false, failOn: Severity? = .error)
        -> ReportOptions
    {
        let full = zip(format, output).first { $0.0 != "github" && $0.0 != "markdown" }?.1
        return ReportOptions(
            language: c.language, records: records, colour: colour && output.isEmpty, failOn: failOn,
            sarifRoot: sarifRoot, fullReport: full)
    }

    /// Writes each report (to its --output, or to standard output), and the Markdown report to
    /// the GitHub job summary when a GitHub report is asked for in a GitHub Actions step. Returns
    /// false when a file could not be written (said on standard error).
    func write(
        console: Console, catalogue c: any Catalogue, defaultFormat: String = "text",
        make: (any Reporter.Type) -> String
    ) -> Bool {
        let formats = format.isEmpty ? [defaultFormat] : format
        for (i, name) in formats.enumerated() {
            let report = make(Reporters.reporter(named: name)!)
            guard i < output.count else {
                console.out(report)
                continue
            }
            do {
                try AtomicFile.write(report, to: output[i])
                console.note(c.notice(.wroteReport(format: name, file: output[i])))
            } catch {
                console.note(c.notice(.cannotWrite(file: output[i], reason: error.localizedDescription)))
                return false
            }
        }
        if formats.contains("github"), let summary = console.stepSummary {
            guard let handle = FileHandle(forWritingAtPath: summary) else {
                console.note(c.notice(.cannotWrite(file: summary, reason: String(cString: strerror(errno)))))
                return false
            }
            defer { try? handle.close() }
            do {
                try handle.seekToEnd()
                try handle.write(contentsOf: Data((make(MarkdownReporter.self) + "\n").utf8))
            } catch {
                console.note(c.notice(.cannotWrite(file: summary, reason: error.localizedDescription)))
                return false
            }
        }
        return true
    }
}
