import DataContract
import Diagnostics
import Expressions
import YAMLNodes

/// Every record the filter selects must satisfy a condition, e.g. "audit advice for every
/// cooperative subject to a mandatory audit". Each failing record is a violation of its own.
public struct RecordRequirementForm: RuleFormSyntax {
    public static let selectingKey = "require"
    public static let keys: [String] = []
    public static let impliedDataset: DatasetKind? = nil
    public static let needsSchedule = false

    /// The condition each record must meet.
    public let requirement: CheckedExpression

    public static func parse(_ entries: [String: Node], in rule: Node, context: inout RuleParsingContext) -> Self? {
        guard let node = entries[selectingKey],
            let requirement = context.expression(node, key: selectingKey, role: .requirement)
        else { return nil }
        return Self(requirement: requirement)
    }
}
