import DataContract
import YAMLNodes

/// A kind of rule: what it checks and the keys that express it. Adding a form means adding one
/// file that conforms to this protocol and listing the type in `RuleForms.all`.
public protocol RuleForm: Sendable {
    /// The key whose presence selects this form (`measure`, `require`, `report`, `task`).
    static var selectingKey: String { get }
    /// Every key the form reads besides the common rule keys.
    static var keys: [String] { get }
    /// The data set the form always reads, or nil when the rule must name it with `dataset:`.
    static var impliedDataset: DatasetKind? { get }
    /// Whether a rule of this form is meaningless without a `when:` schedule.
    static var needsSchedule: Bool { get }
    /// Reads the form's keys from a rule's entries, reporting every problem through the context.
    static func parse(_ entries: [String: Node], in rule: Node, context: inout RuleParsingContext) -> Self?
    /// What the rule checks, as labelled lines in plain English, for `coopcheck rules explain`.
    var explanation: [(label: String, text: String)] { get }
}

/// The registry of rule forms, in the order they are described to users.
public enum RuleForms {
    public static let all: [any RuleForm.Type] = [
        AggregateTargetForm.self,
        RecordRequirementForm.self,
        ReportDeadlineForm.self,
        DeliverableForm.self,
    ]

    /// The keys of every form, for the unknown-key check.
    static var allKeys: [String] { all.flatMap { [$0.selectingKey] + $0.keys } }
}
