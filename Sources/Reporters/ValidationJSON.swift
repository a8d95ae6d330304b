import DataLoading
import Diagnostics
import Messages

/// What `POST /api/check` answers besides the report itself, every message in both languages:
/// the validation report of a submission that is not valid (status 422), and a refused upload.
public enum ValidationJSON {
    /// A refused upload on one line: its code (the problem's name) and its message.
    public static func refusal(_ problem: UploadProblem) -> String {
        let code = String(describing: problem).prefix { $0 != "(" }
        let en = JSON.quote(Catalogues.of(.en).problem(.upload(problem)))
        let vi = JSON.quote(Catalogues.of(.vi).problem(.upload(problem)))
        return "{\"error\": {\"code\": \"\(code)\", \"message\": {\"en\": \(en), \"vi\": \(vi)}}}\n"
    }

    public static func generate(_ report: ValidationReport) -> String {
        JSON.object([
            ("valid", .bool(report.isValid)), ("errors", .integer(report.diagnostics.errorCount)),
            ("warnings", .integer(report.diagnostics.warningCount)),
            ("files", .integer(report.fileCount)), ("records", .integer(report.recordCount)),
            ("rejected", .integer(report.rejectedCount)), ("diagnostics", diagnostics(report.diagnostics)),
        ]).rendered() + "\n"
    }

    /// Each diagnostic with its place (file, and in a workbook sheet and cell; line, column) and
    /// its message in both languages.
    static func diagnostics(_ diagnostics: [Diagnostic]) -> JSON {
        .array(
            diagnostics.map { diagnostic -> JSON in
                let at = diagnostic.location
                var fields: [(String, JSON)] = [
                    ("severity", .string(diagnostic.severity.rawValue)), ("file", .string(at.file)),
                ]
                if let sheet = at.sheet, let cell = at.cell {
                    fields += [("sheet", .string(sheet)), ("cell", .string(cell))]
                }
                fields += [
                    ("line", .integer(at.line)), ("column", .integer(at.column)),
                    ("code", .string(diagnostic.problem.code)),
                    ("message", JSONReporter.both { Visible.escaped($0.problem(diagnostic.problem)) }),
                ]
                return .object(fields)
            })
    }
}
