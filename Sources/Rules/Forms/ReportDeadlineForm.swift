import DataContract
import Diagnostics
import YAMLNodes

/// A report each unit of a level (or each listed unit) must send by the schedule's deadlines,
/// checked against the report-submission log, e.g. "report before 15/12 every year".
public struct ReportDeadlineForm: RuleForm {
    public static let selectingKey = "report"
    public static let keys = ["units"]
    public static let impliedDataset: DatasetKind? = .reports
    public static let needsSchedule = true

    /// Who must report: every unit of a level in the submission's `units` data set (province,
    /// district, commune or agency), or named units.
    public enum Reporters: Hashable, Sendable {
        case level(String)
        case codes([String])
    }

    /// The unit levels `units:` may name.
    public static let levels = ["province", "district", "commune", "agency"]

    /// The report's identifier in the log's `report` column.
    public let report: String
    public let reporters: Reporters

    public static func parse(_ entries: [String: Node], in rule: Node, context: inout RuleParsingContext) -> Self? {
        let report = entries[selectingKey].flatMap { context.reader.text($0, key: selectingKey) }
        guard let unitsNode = entries["units"] else {
            context.reader.error(rule, "a report rule needs 'units': a level (province, district, commune, agency) or a list of unit codes")
            return nil
        }
        let reporters: Reporters?
        if unitsNode.sequence != nil {
            let codes = context.reader.list(unitsNode, key: "units")?.compactMap { context.reader.text($0, key: "units") }
            reporters = codes.map { .codes($0) }
        } else {
            reporters = context.reader.choice(unitsNode, key: "units", among: Self.levels).map { .level($0) }
        }
        guard let report, let reporters else { return nil }
        return Self(report: report, reporters: reporters)
    }

    public var explanation: [(label: String, text: String)] {
        let who = switch reporters {
        case .level(let level): "every \(level)"
        case .codes(let codes): codes.joined(separator: ", ")
        }
        return [("Report", "'\(report)' from \(who), checked against the report log")]
    }
}
