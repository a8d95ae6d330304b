import DataContract
import Diagnostics
import Expressions
import YAMLNodes

/// A report each unit of a level (or each listed unit) must send by the schedule's deadlines,
/// checked against the report-submission log, e.g. "report before 15/12 every year".
public struct ReportDeadlineForm: RuleFormSyntax {
    public static let selectingKey = "report"
    public static let keys = ["units"]
    public static let impliedDataset: DatasetKind? = .reports
    public static let needsSchedule = true

    /// Who must report: every unit of a level in the submission's `units` data set (province,
    /// district, commune or agency), or named units.
    public enum Reporters: Hashable, Sendable {
        case level(UnitLevel)
        case codes([String])
    }

    /// The report's identifier in the log's `report` column.
    public let report: String
    public let reporters: Reporters

    public static func parse(_ entries: [String: Node], in rule: Node, context: inout RuleParsingContext) -> Self? {
        let report = entries[selectingKey].flatMap { context.reader.text($0, key: selectingKey) }
        guard let unitsNode = entries["units"] else {
            context.reader.error(rule, .rulePack(.reportNeedsUnits))
            return nil
        }
        let reporters: Reporters?
        if unitsNode.sequence != nil {
            let codes = context.reader.list(unitsNode, key: "units")?.compactMap {
                context.reader.text($0, key: "units")
            }
            reporters = codes.map { .codes($0) }
        } else {
            reporters = context.reader.choice(unitsNode, key: "units", among: UnitLevel.allCases.map(\.rawValue))
                .flatMap(UnitLevel.init(rawValue:)).map { .level($0) }
        }
        guard let report, let reporters else { return nil }
        return Self(report: report, reporters: reporters)
    }
}
