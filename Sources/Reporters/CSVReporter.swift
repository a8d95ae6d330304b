import Evaluation
import Messages
import Rules

/// One row per finding — or, with `--records`, per violating record — for spreadsheets. The
/// header names columns for scripts; the cells are in the report's language.
public enum CSVReporter: Reporter {
    public static let identifier = "csv"
    public static let description = "CSV, one row per finding (per record with --records)"
    public static let fileExtension = "csv"

    public static func generateReport(_ result: EvaluationResult, options: ReportOptions) -> String {
        let c = options.catalogue
        var header = [
            "submission", "pack", "group", "rule", "status", "severity", "observed", "target", "due", "message",
            "section", "quote", "group_name",
        ]
        if options.records { header += ["record", "file", "line", "note"] }
        var out = header.joined(separator: ",") + "\r\n"
        for finding in result.findings {
            let row = [
                finding.submission, finding.pack.id, finding.group.code, finding.rule.id, finding.status.rawValue,
                finding.rule.severity.rawValue, c.observed(finding) ?? "", finding.target.map(c.target) ?? "",
                finding.due?.description ?? "", c.message(finding), finding.rule.citation.section,
                finding.rule.citation.quote, c.group(finding.group),
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
                out += cells.map(Escape.csv).joined(separator: ",") + "\r\n"
            }
        }
        return out
    }
}
