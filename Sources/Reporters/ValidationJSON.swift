import DataLoading
import Diagnostics
import Messages

/// A validation report as JSON, every message in both languages: what `POST /api/check` answers
/// (status 422) for a submission that is not valid.
public enum ValidationJSON {
    public static func generate(_ report: ValidationReport) -> String {
        let diagnostics = report.diagnostics.map { diagnostic -> JSON in
            let at = diagnostic.location
            var fields: [(String, JSON)] = [
                ("severity", .string(diagnostic.severity.rawValue)), ("file", .string(at.file)),
            ]
            if let sheet = at.sheet, let cell = at.cell {
                fields += [("sheet", .string(sheet)), ("cell", .string(cell))]
            }
            fields += [
                ("line", .integer(at.line)), ("column", .integer(at.column)),
                ("message", JSONReporter.both { Visible.escaped($0.problem(diagnostic.problem)) }),
            ]
            return .object(fields)
        }
        return JSON.object([
            ("valid", .bool(report.isValid)), ("errors", .integer(report.diagnostics.errorCount)),
            ("warnings", .integer(report.diagnostics.filter { $0.severity == .warning }.count)),
            ("files", .integer(report.fileCount)), ("records", .integer(report.recordCount)),
            ("rejected", .integer(report.rejectedCount)), ("diagnostics", .array(diagnostics)),
        ]).rendered() + "\n"
    }
}
