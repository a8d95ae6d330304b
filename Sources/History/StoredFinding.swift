import Diagnostics
import Evaluation
import Foundation
import Rules

/// What identifies a finding from one run to the next: the same rule, for the same group of the
/// same submission.
public struct FindingKey: Hashable, Comparable, Sendable {
    public let submission: String
    public let pack: String
    public let rule: String
    public let group: String

    public init(submission: String, pack: String, rule: String, group: String) {
        self.submission = submission
        self.pack = pack
        self.rule = rule
        self.group = group
    }

    public static func < (a: FindingKey, b: FindingKey) -> Bool {
        (a.submission, a.pack, a.rule, a.group) < (b.submission, b.pack, b.rule, b.group)
    }
}

/// A finding as the history keeps it: enough to compare runs and draw trends without the rule
/// packs of the day, which may have changed since. Texts are kept as they read on the day, in
/// both languages.
public struct StoredFinding: Hashable, Sendable {
    public let key: FindingKey
    public let status: FindingStatus
    public let severity: String
    /// The observed value in the target's unit (a fraction for percentages).
    public let observed: Decimal?
    public let observedText: LocalizedText?
    /// The target in canonical form, e.g. `>= 45%`.
    public let target: String?
    public let due: String?
    public let title: LocalizedText
    public let message: LocalizedText
    /// How many records the finding names (violating cooperatives, missing reports).
    public let recordCount: Int

    public init(
        key: FindingKey, status: FindingStatus, severity: String, observed: Decimal?, observedText: LocalizedText?,
        target: String?, due: String?, title: LocalizedText, message: LocalizedText, recordCount: Int
    ) {
        self.key = key
        self.status = status
        self.severity = severity
        self.observed = observed
        self.observedText = observedText
        self.target = target
        self.due = due
        self.title = title
        self.message = message
        self.recordCount = recordCount
    }

    /// The stored form of a finding of this run, with its message and observed value as the
    /// catalogues say them.
    public init(_ finding: Finding, message: LocalizedText, observedText: LocalizedText?) {
        self.init(
            key: FindingKey(finding), status: finding.status, severity: finding.rule.severity.rawValue,
            observed: finding.observed, observedText: observedText, target: finding.target?.canonical,
            due: finding.due?.description, title: finding.rule.title, message: message,
            recordCount: finding.records.count)
    }
}

/// A scorecard as the history keeps it: counts per status for one pack and group of a submission
/// (`all` for the roll-up over every submission of a run).
public struct StoredScorecard: Hashable, Sendable {
    public let submission: String
    public let pack: String
    public let group: String
    public let counts: [FindingStatus: Int]

    /// How the roll-up over every submission of a run names its submission (`Scorecard.allSubmissions`).
    public static let rollUpSubmission = "all"

    public init(submission: String, pack: String, group: String, counts: [FindingStatus: Int]) {
        self.submission = submission
        self.pack = pack
        self.group = group
        self.counts = counts
    }

    public init(_ card: Scorecard) {
        self.init(submission: card.submission, pack: card.pack.id, group: card.group.code, counts: card.counts)
    }

    /// Met among the findings that are due (met or violated), as `Scorecard.score`.
    public var score: Decimal? { Scorecard.score(of: counts) }
}

extension FindingKey {
    /// The key of a finding of this run.
    public init(_ finding: Finding) {
        self.init(
            submission: finding.submission, pack: finding.pack.id, rule: finding.rule.id, group: finding.group.code)
    }
}
