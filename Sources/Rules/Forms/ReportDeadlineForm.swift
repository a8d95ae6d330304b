import DataContract
import Diagnostics
import Expressions
import YAMLNodes

/// A report its owners (each unit of a level, or named units) must send by the schedule's
/// deadlines, checked against the report-submission log, e.g. "report before 15/12 every year".
public struct ReportDeadlineForm: RuleFormSyntax {
    public static let selectingKey = "report"
    public static let keys: [String] = []
    public static let impliedDataset: DatasetKind? = .reports
    public static let needsSchedule = true

    /// The report's identifier in the log's `report` column.
    public let report: String

    public static func parse(_ entries: [String: Node], in rule: Node, context: inout RuleParsingContext) -> Self? {
        return entries[selectingKey].flatMap { context.reader.text($0, key: selectingKey) }.map(Self.init(report:))
    }
}
