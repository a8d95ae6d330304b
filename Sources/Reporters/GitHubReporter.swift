import Diagnostics
import Evaluation
import Messages
import Rules

/// GitHub Actions workflow commands: `::error file=…,line=…,title=…::message` per violation, so
/// the failing lines are annotated in the pull request.
public enum GitHubReporter: Reporter {
    public static let identifier = "github"
    public static let description = "GitHub Actions annotations (::error file=…,line=…)"
    public static let fileExtension = "github.txt"

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
        var out = ""
        for finding in result.findings where finding.status == .violated {
            let kind = command(finding.rule.severity)
            let title = property("\(finding.rule.id) \(finding.rule.title[c.language])")
            let located = finding.records.compactMap { record in record.position.map { (record, $0) } }
            if located.isEmpty {
                out +=
                    "::\(kind) file=\(property(finding.rule.location.file)),line=\(finding.rule.location.line),title=\(title)"
                    + "::\(data(c.message(finding)))\n"
            }
            for (record, position) in located {
                out +=
                    "::\(kind) file=\(property(position.file)),line=\(position.line),title=\(title)"
                    + "::\(data("\(record.id): \(c.note(record.problem, of: finding))"))\n"
            }
        }
        return out
    }
}
