import DataContract
import Diagnostics
import Expressions
import Targets

/// One obligation of a document, in a form the evaluator can check.
public struct Rule: Sendable {
    /// Stable identifier, unique across all packs, e.g. `CTPH254.II.2a`.
    public let id: String
    /// The obligation in the document's Vietnamese words and in English.
    public let title: LocalizedText
    public let citation: Citation
    /// The data set the rule reads.
    public let dataset: DatasetKind
    /// Which records the rule is about; nil means every record of the data set.
    public let filter: CheckedExpression?
    /// What the rule checks: an aggregate against a target, a per-record requirement, a report
    /// deadline or a deliverable.
    public let form: RuleForm
    /// Who owes the obligation: the nation, the pack's province, or units each for itself.
    public let owner: Owner
    /// When the obligation is due, recurs or takes effect; nil for an obligation with no date.
    public let schedule: Schedule?
    public let severity: Severity
    public let note: String?
    public let examples: [RuleExample]
    /// Where the rule starts in its pack (the position of its `id`'s mapping).
    public let location: SourcePosition
    /// The pack the rule belongs to.
    public let packID: String

    /// The lead agency a task's row names (đơn vị chủ trì), for the forms that have one.
    public var lead: String? {
        switch form {
        case .deliverable(let form): form.lead
        case .aggregate, .requirement, .report: nil
        }
    }
}

/// A worked example carried by a rule: records and the status the rule must give them.
/// `coopcheck rules test` runs them.
public struct RuleExample: Sendable {
    public let expect: FindingStatus
    public let asOf: CivilDate?
    public let records: [ExampleRecord]
    /// Units records the example needs (who must report, communes a coverage counts).
    public let units: [ExampleRecord]
    public let location: SourcePosition
}

/// A record of an example, as field name to text (typed by the data loader, like a CSV cell).
public struct ExampleRecord: Sendable {
    public let fields: [String: String]
    public let location: SourcePosition
}
