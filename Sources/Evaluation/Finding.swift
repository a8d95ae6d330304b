import DataContract
import Diagnostics
import Expressions
import Foundation
import Rules
import Targets

/// A record that causes a finding: a violating cooperative, a late or missing report.
public struct RecordReference: Hashable, Sendable {
    /// The record's id (a cooperative id, "unit report period" for a report).
    public let id: String
    /// Where the record is; nil for a record that is missing (a report never sent).
    public let position: SourcePosition?
    /// What is wrong with it, in English and Vietnamese.
    public let note: String
    public let noteVietnamese: String
}

/// The outcome of one rule for one group.
public struct Finding: Sendable {
    public let rule: Rule
    public let pack: RulePack
    /// The submission folder the finding is about.
    public let submission: String
    public let status: FindingStatus
    /// The group: `national`, or a province, district, commune or unit code.
    public let group: String
    /// The observed value in the target's unit (a fraction for percentages), when there is one.
    public let observed: Decimal?
    /// The observed value as text, e.g. "40% (12 of 30)".
    public let observedText: String?
    public let due: CivilDate?
    public let message: String
    public let messageVietnamese: String
    public let records: [RecordReference]

    /// The target in canonical form, or nil for rules without a numeric target.
    public var target: Target? { (rule.form as? AggregateTargetForm)?.target }
}

extension FindingStatus {
    /// Worst first: the order findings and scorecards are listed in.
    public var rank: Int {
        switch self {
        case .error: 0
        case .violated: 1
        case .atRisk: 2
        case .noData: 3
        case .onTrack: 4
        case .notEffective: 5
        case .met: 6
        }
    }

    /// How the status reads in messages.
    public var words: (en: String, vi: String) {
        switch self {
        case .met: ("met", "đạt")
        case .violated: ("violated", "vi phạm")
        case .atRisk: ("at risk", "có nguy cơ không đạt")
        case .onTrack: ("on track", "đúng tiến độ")
        case .notEffective: ("not yet in effect", "chưa có hiệu lực")
        case .noData: ("no data", "thiếu dữ liệu")
        case .error: ("could not be evaluated", "không đánh giá được")
        }
    }
}

/// Counts per status for one pack and group, and the share of due targets met.
public struct Scorecard: Sendable {
    public let pack: RulePack
    /// The submission folder, or `all` for the roll-up over several submissions.
    public let submission: String
    public let group: String
    public let counts: [FindingStatus: Int]
    /// Met among the findings that are due (met or violated); nil when nothing is due.
    public var score: Decimal? {
        let met = counts[.met, default: 0], violated = counts[.violated, default: 0]
        return met + violated == 0 ? nil : Decimal(met) / Decimal(met + violated)
    }
}

/// A provincial pack left out because the submission is about another province (or none).
public struct SkippedPack: Sendable {
    public let pack: RulePack
    public let submission: String

    /// Why, in English and Vietnamese.
    public var reason: (en: String, vi: String) {
        let province = pack.document.province ?? ""
        return ("binds province \(province) only; not evaluated on \(submission)",
                "chỉ áp dụng cho tỉnh \(province); không đánh giá với \(submission)")
    }
}

/// Everything one evaluation found.
public struct EvaluationResult: Sendable {
    public let asOf: CivilDate
    public let submissions: [String]
    /// Sorted by pack, group, then worst status first.
    public let findings: [Finding]
    public let scorecards: [Scorecard]
    /// Packs that do not apply to a submission, reported rather than dropped silently.
    public var skipped: [SkippedPack] = []

    /// A result with no submission in it: what a run over only invalid submissions reports.
    public static func empty(asOf: CivilDate) -> EvaluationResult {
        EvaluationResult(asOf: asOf, submissions: [], findings: [], scorecards: [])
    }

    /// Several submissions' results as one, with a roll-up scorecard per pack over all of them
    /// (over one submission only with `rollUpOne`, so that a run's roll-up is always there).
    public static func combining(_ results: [EvaluationResult], rollUpOne: Bool = false) -> EvaluationResult {
        guard results.count > 1 || rollUpOne else { return results[0] }
        let findings = results.flatMap(\.findings)
        var rollUps: [Scorecard] = []
        for card in results.flatMap(\.scorecards) {
            if let i = rollUps.firstIndex(where: { $0.pack.id == card.pack.id }) {
                rollUps[i] = Scorecard(pack: card.pack, submission: "all", group: "roll-up",
                                       counts: rollUps[i].counts.merging(card.counts, uniquingKeysWith: +))
            } else {
                rollUps.append(Scorecard(pack: card.pack, submission: "all", group: "roll-up", counts: card.counts))
            }
        }
        return EvaluationResult(asOf: results.map(\.asOf).max()!, submissions: results.flatMap(\.submissions),
                                findings: findings, scorecards: results.flatMap(\.scorecards) + rollUps,
                                skipped: results.flatMap(\.skipped))
    }

    /// The findings each scorecard counts, in the scorecards' order and report order within each:
    /// one pass over the findings, however many scorecards there are.
    public func findingsPerScorecard() -> [[Finding]] {
        func key(_ pack: String, _ group: String, _ submission: String) -> String { pack + "\u{0}" + group + "\u{0}" + submission }
        var slot: [String: Int] = [:]
        for (i, card) in scorecards.enumerated() { slot[key(card.pack.id, card.group, card.submission)] = i }
        var grouped = [[Finding]](repeating: [], count: scorecards.count)
        for finding in findings {
            if let i = slot[key(finding.pack.id, finding.group, finding.submission)] { grouped[i].append(finding) }
        }
        return grouped
    }

    /// Whether a violation at or above a severity exists (for the exit code).
    public func hasViolations(atOrAbove severity: Severity) -> Bool {
        findings.contains { $0.status == .violated && $0.rule.severity >= severity }
    }
}
