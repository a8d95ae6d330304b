import Diagnostics
import Evaluation
import Foundation
import Messages
import Rules

/// One row per finding — or, with `--records`, per violating record — for spreadsheets. In
/// English the header names columns for scripts, cells are separated by `,` and numbers written
/// `1546.5`. In Vietnamese the file is what a spreadsheet in a Vietnamese locale opens as it is:
/// a byte-order mark (UTF-8), `;` between cells, Vietnamese headers and numbers written `1546,5`.
public enum CSVReporter: Reporter {
    public static let identifier = "csv"
    public static let description = "CSV, one row per finding (per record with --records)"
    public static let fileExtension = "csv"

    /// A column: its name for scripts (the English header) and its header in Vietnamese.
    enum Field: String {
        case submission, pack, group, rule, status, severity, observed, target, due, message, section, quote
        case groupName = "group_name", observedValue = "observed_value", targetValue = "target_value"
        case record, file, sheet, cell, line, column, note, code

        var column: Phrase.Column {
            switch self {
            case .submission: .submission
            case .pack: .pack
            case .group: .group
            case .rule: .rule
            case .status: .status
            case .severity: .severity
            case .observed: .observed
            case .target: .target
            case .due: .due
            case .message: .message
            case .section: .section
            case .quote: .quote
            case .groupName: .groupName
            case .observedValue: .observedValue
            case .targetValue: .targetValue
            case .record: .record
            case .file: .file
            case .sheet: .sheet
            case .cell: .cell
            case .line: .line
            case .column: .column
            case .note: .note
            case .code: .code
            }
        }
    }

    /// How the report's language writes a CSV file.
    struct Dialect {
        let catalogue: any Catalogue

        var vietnamese: Bool { catalogue.language == .vi }
        var separator: Character { vietnamese ? ";" : "," }

        func header(_ fields: [Field]) -> String {
            (vietnamese ? "\u{FEFF}" : "")
                + row(fields.map { vietnamese ? catalogue.phrase(.column($0.column)) : $0.rawValue })
        }

        func row(_ cells: [String]) -> String {
            cells.map { Escape.csv($0, separator: separator) }.joined(separator: String(separator)) + "\r\n"
        }

        /// A number as the language's spreadsheet reads it: no grouping, `.` or `,` before the decimals.
        func number(_ value: Decimal?) -> String {
            guard let value else { return "" }
            let text = NSDecimalNumber(decimal: value.rounded(places: 6)).stringValue
            return vietnamese ? text.replacingOccurrences(of: ".", with: ",") : text
        }
    }

    public static func generateReport(_ result: EvaluationResult, options: ReportOptions) -> String {
        let c = options.catalogue
        let dialect = Dialect(catalogue: c)
        var fields: [Field] = [
            .submission, .pack, .group, .rule, .status, .severity, .observed, .target, .due, .message, .section, .quote,
            .groupName, .observedValue, .targetValue,
        ]
        if options.records { fields += [.record, .file, .line, .note] }
        var out = dialect.header(fields)
        for finding in result.findings {
            let row = [
                finding.submission, finding.pack.id, finding.group.code, finding.rule.id, finding.status.rawValue,
                finding.rule.severity.rawValue, c.observed(finding) ?? "", finding.target.map(c.target) ?? "",
                finding.due?.description ?? "", c.message(finding), finding.rule.citation.section,
                finding.rule.citation.quote, c.group(finding.group), dialect.number(finding.observed),
                dialect.number(finding.target?.value),
            ]
            let records = options.records && !finding.records.isEmpty ? finding.records.map(Optional.some) : [nil]
            for record in records {
                var cells = row
                if options.records {
                    cells += [
                        record?.id ?? "", record?.position?.file ?? "", record?.position.map { "\($0.line)" } ?? "",
                        record.map { c.note($0.problem, of: finding) } ?? "",
                    ]
                }
                out += dialect.row(cells)
            }
        }
        // A recorded run's submissions that were not evaluated: invalid, or never sent.
        for submission in options.run?.submissions ?? [] where submission.status != .checked {
            let message =
                submission.status == .invalid
                ? c.phrase(.invalidWithErrors(submission.errorCount)) + ": "
                    + (submission.firstError?[c.language] ?? "")
                : c.phrase(.notSubmitted)
            out += dialect.row(
                [submission.name, "", "", "", submission.status.rawValue, "error", "", "", "", message]
                    + Array(repeating: "", count: fields.count - 10))
        }
        return out
    }

    public static func generateReport(diagnostics: [Diagnostic], options: ReportOptions) -> String {
        let c = options.catalogue
        let dialect = Dialect(catalogue: c)
        var out = dialect.header([.severity, .code, .file, .sheet, .cell, .line, .column, .message])
        for diagnostic in diagnostics {
            let at = diagnostic.location
            out += dialect.row([
                diagnostic.severity.rawValue, diagnostic.problem.code, at.file, at.sheet ?? "", at.cell ?? "",
                "\(at.line)", "\(at.column)", Visible.escaped(c.problem(diagnostic.problem)),
            ])
        }
        return out
    }
}
