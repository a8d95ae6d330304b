import Diagnostics
import Evaluation
import Messages
import Rules

/// GitHub Actions workflow commands: `::error file=…,line=…,title=…::message` per violation or
/// input problem, so the failing lines are annotated in the pull request. Places in the data come
/// before places in the rule packs and errors before warnings; GitHub shows only
/// `annotationsPerKind` of each kind per step, so past that a last annotation says how many more
/// there are and where the full report is, and the rest are printed as plain log lines.
public enum GitHubReporter: Reporter {
    public static let identifier = "github"
    public static let description = "GitHub Actions annotations (::error file=…,line=…)"
    public static let fileExtension = "github.txt"

    /// How many annotations of each kind (error, warning, notice) GitHub shows for one step.
    public static let annotationsPerKind = 10

    /// One annotation: its kind, where it points and what it says.
    struct Annotation {
        let severity: Severity
        let place: SourcePosition?
        /// Whether the column is meaningful (an input problem), not only the line.
        let column: Bool
        let title: String
        let message: String
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// Escapes a message for a workflow command.
    static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escapes a property value (file, title) for a workflow command.
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    public static func generateReport(_ result: EvaluationResult, options: ReportOptions) -> String {
        let c = options.catalogue
        let violations = Violation.all(in: result, options: options).forReview().map { violation in
            let finding = violation.finding
            return Annotation(
                severity: finding.rule.severity, place: violation.place, column: false,
                title: "\(finding.rule.id) \(finding.rule.title[c.language])",
                message: violation.record.map { "\($0.id): \(c.note($0.problem, of: finding))" }
                    ?? c.message(finding))
        }
        return commands(problems(options.run?.inputProblems ?? [], c) + violations, options: options)
    }

    public static func generateReport(diagnostics: [Diagnostic], options: ReportOptions) -> String {
        commands(problems(diagnostics, options.catalogue), options: options)
    }

    /// An annotation per input problem at its line and column, errors first.
    static func problems(_ diagnostics: [Diagnostic], _ c: any Catalogue) -> [Annotation] {
        diagnostics.enumerated().sorted { a, b in
            a.element.severity != b.element.severity ? a.element.severity > b.element.severity : a.offset < b.offset
        }.map { _, diagnostic in
            Annotation(
                severity: diagnostic.severity, place: diagnostic.location, column: diagnostic.location.sheet == nil,
                title: "coopcheck \(diagnostic.problem.code)", message: Visible.escaped(c.problem(diagnostic.problem)))
        }
    }

    /// The workflow commands for annotations in the order given, at most `annotationsPerKind` of
    /// each kind: the last one shown says how many more there are, and those are printed as log lines.
    static func commands(_ annotations: [Annotation], options: ReportOptions) -> String {
        let c = options.catalogue
        let uri = ArtifactURI(workingDirectory: options.workingDirectory, root: options.sarifRoot)
        var shown: [Severity: Int] = [:]
        var out = ""
        var rest = ""
        let total = Dictionary(grouping: annotations, by: \.severity).mapValues(\.count)
        for annotation in annotations {
            let kind = annotation.severity
            let place = annotation.place.map { position in
                "file=\(property(uri.relativePath(position.file))),line=\(max(position.line, 1))"
                    + (annotation.column ? ",col=\(max(position.column, 1))" : "")
            }
            let fits = total[kind]! <= annotationsPerKind || shown[kind, default: 0] < annotationsPerKind - 1
            guard fits else {
                rest += (annotation.place.map { "\($0.lineDescription): " } ?? "") + annotation.title + ": "
                rest += annotation.message + "\n"
                continue
            }
            shown[kind, default: 0] += 1
            out += "::\(command(kind)) " + ((place.map { $0 + "," }) ?? "") + "title=\(property(annotation.title))"
            out += "::\(data(annotation.message))\n"
        }
        for kind in Severity.allCases where total[kind, default: 0] > annotationsPerKind {
            let more = total[kind]! - shown[kind]!
            out += "::\(command(kind)) title=coopcheck::"
            out += data(c.phrase(.moreAnnotations(more, severity: kind, fullReport: options.fullReport))) + "\n"
        }
        return out + rest
    }
}
