import DataContract
import Diagnostics
import Targets
import YAMLNodes

/// What a rule checks: one of a closed set of forms. Every use switches over all of them, so a
/// new form does not compile until it is parsed, evaluated, explained and listed.
public enum RuleForm: Sendable {
    case aggregate(AggregateTargetForm)
    case requirement(RecordRequirementForm)
    case report(ReportDeadlineForm)
    case deliverable(DeliverableForm)

    public var kind: RuleFormKind {
        switch self {
        case .aggregate: .aggregate
        case .requirement: .requirement
        case .report: .report
        case .deliverable: .deliverable
        }
    }

    /// The numeric target, for the forms that have one.
    public var target: Target? {
        switch self {
        case .aggregate(let form): form.target
        case .requirement, .report, .deliverable: nil
        }
    }
}

/// How a form is written in a pack: the key that selects it and the other keys it reads.
public protocol RuleFormSyntax: Sendable {
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
}

/// The kinds of rule form, in the order they are described to users.
public enum RuleFormKind: CaseIterable, Sendable {
    case aggregate, requirement, report, deliverable

    private var syntax: any RuleFormSyntax.Type {
        switch self {
        case .aggregate: AggregateTargetForm.self
        case .requirement: RecordRequirementForm.self
        case .report: ReportDeadlineForm.self
        case .deliverable: DeliverableForm.self
        }
    }

    public var selectingKey: String { syntax.selectingKey }
    public var keys: [String] { syntax.keys }
    public var impliedDataset: DatasetKind? { syntax.impliedDataset }
    public var needsSchedule: Bool { syntax.needsSchedule }

    /// Reads a rule of this kind from its entries.
    func parse(_ entries: [String: Node], in rule: Node, context: inout RuleParsingContext) -> RuleForm? {
        switch self {
        case .aggregate: AggregateTargetForm.parse(entries, in: rule, context: &context).map(RuleForm.aggregate)
        case .requirement: RecordRequirementForm.parse(entries, in: rule, context: &context).map(RuleForm.requirement)
        case .report: ReportDeadlineForm.parse(entries, in: rule, context: &context).map(RuleForm.report)
        case .deliverable: DeliverableForm.parse(entries, in: rule, context: &context).map(RuleForm.deliverable)
        }
    }

    /// The keys of every form, for the unknown-key check.
    static var allKeys: [String] { allCases.flatMap { [$0.selectingKey] + $0.keys } }
}
