import Foundation
import Rules

/// What changed from one run to another: violations that are new or resolved, every other change
/// of status, scores that moved, and submissions that became valid or invalid, appeared or went.
public struct RunDiff: Sendable {
    /// One finding's change; `before` or `after` is nil for a finding only one run has.
    public struct Change: Sendable {
        public let key: FindingKey
        public let before: StoredFinding?
        public let after: StoredFinding?
        /// For a new violation, why: nil when the runs' inputs are not known.
        public internal(set) var cause: Cause? = nil

        /// The finding as it is now, or as it was when it is gone.
        public var latest: StoredFinding { (after ?? before)! }
    }

    /// Why a violation is new: the submission's files changed, else the rule packs did, else
    /// nothing the runs read changed and a due date passed between their as-of dates.
    public enum Cause: String, Sendable, CaseIterable {
        case dataChanged = "data_changed"
        case rulesChanged = "rules_changed"
        case dueDatePassed = "due_date_passed"
    }

    /// An input file (configuration, rule pack, submission file) added, removed or changed between
    /// the runs, by its content's hash.
    public struct InputChange: Sendable, Hashable {
        public enum Kind: String, Sendable, CaseIterable {
            case added, removed, changed
        }
        public let input: RunInput
        public let change: Kind
    }

    /// A scorecard's score (met among due findings) that moved.
    public struct ScoreChange: Sendable {
        public let submission: String
        public let pack: String
        public let group: String
        public let before: Decimal?
        public let after: Decimal?
    }

    /// A submission whose validity changed, or that only one of the runs has.
    public struct SubmissionChange: Sendable {
        public let name: String
        public let before: SubmissionOutcome?
        public let after: SubmissionOutcome?
    }

    /// The earlier run; nil when comparing a first run against nothing.
    public let from: RunSummary?
    /// The later run; nil for the run being reported, not yet recorded.
    public let to: RunSummary?
    /// Violated now and not before.
    public private(set) var newViolations: [Change]
    /// Violated before and not now.
    public let resolvedViolations: [Change]
    /// Every other change of status, including findings that appeared or went.
    public let statusChanges: [Change]
    public let scoreChanges: [ScoreChange]
    public let submissionChanges: [SubmissionChange]
    /// The input files that differ between the runs, by path; empty when their inputs are not known.
    public internal(set) var inputChanges: [InputChange] = []

    public var isEmpty: Bool {
        newViolations.isEmpty && resolvedViolations.isEmpty && statusChanges.isEmpty && scoreChanges.isEmpty
            && submissionChanges.isEmpty
    }

    /// Compares two runs' findings, scorecards and submissions. A submission new in the later run
    /// is compared with nothing, so its violations are new. Findings of a submission invalid in
    /// either run, or gone from the later one, are not compared (their absence is not a change of
    /// status); the submission's own change says what happened.
    public init(
        from: RunSummary?, to: RunSummary?,
        before: (findings: [StoredFinding], scorecards: [StoredScorecard], submissions: [SubmissionOutcome]),
        after: (findings: [StoredFinding], scorecards: [StoredScorecard], submissions: [SubmissionOutcome])
    ) {
        self.from = from
        self.to = to
        let invalidBefore = Set(before.submissions.filter { !$0.valid }.map(\.name))
        // The nation's findings (named `all`) are compared as a submission of their own, when the
        // same submissions were valid in both runs: otherwise its figures changed with the data sent.
        let validBefore = Set(before.submissions.filter(\.valid).map(\.name))
        let validAfter = Set(after.submissions.filter(\.valid).map(\.name))
        var compared = validAfter.subtracting(invalidBefore)
        if validBefore == validAfter { compared.insert(StoredScorecard.rollUpSubmission) }
        let old = Dictionary(
            before.findings.filter { compared.contains($0.key.submission) }.map { ($0.key, $0) },
            uniquingKeysWith: { a, _ in a })
        let new = Dictionary(
            after.findings.filter { compared.contains($0.key.submission) }.map { ($0.key, $0) },
            uniquingKeysWith: { a, _ in a })
        var newViolations: [Change] = [], resolved: [Change] = [], changed: [Change] = []
        for key in Set(old.keys).union(new.keys).sorted() {
            let a = old[key], b = new[key]
            guard a?.status != b?.status else { continue }
            let change = Change(key: key, before: a, after: b)
            if b?.status == .violated {
                newViolations.append(change)
            } else if a?.status == .violated {
                resolved.append(change)
            } else {
                changed.append(change)
            }
        }
        self.newViolations = newViolations
        self.resolvedViolations = resolved
        self.statusChanges = changed

        func cardKey(_ c: StoredScorecard) -> [String] { [c.submission, c.pack, c.group] }
        let oldCards = Dictionary(before.scorecards.map { (cardKey($0), $0) }, uniquingKeysWith: { a, _ in a })
        let newCards = Dictionary(after.scorecards.map { (cardKey($0), $0) }, uniquingKeysWith: { a, _ in a })
        scoreChanges = Set(oldCards.keys).union(newCards.keys).sorted { $0.lexicographicallyPrecedes($1) }.compactMap {
            k in
            let a = oldCards[k]?.score, b = newCards[k]?.score
            guard a != b, k[0] == StoredScorecard.rollUpSubmission || compared.contains(k[0]) else { return nil }
            return ScoreChange(submission: k[0], pack: k[1], group: k[2], before: a, after: b)
        }

        let oldSubmissions = Dictionary(before.submissions.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let newSubmissions = Dictionary(after.submissions.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        submissionChanges = Set(oldSubmissions.keys).union(newSubmissions.keys).sorted().compactMap { name in
            let a = oldSubmissions[name], b = newSubmissions[name]
            guard a?.status != b?.status else { return nil }
            return SubmissionChange(name: name, before: a, after: b)
        }
    }

    /// The same comparison told which input files changed between the runs, and so why each new
    /// violation is new.
    public func reading(inputs before: [RunInput], _ after: [RunInput]) -> RunDiff {
        func key(_ input: RunInput) -> String { input.kind.rawValue + "\u{0}" + input.path }
        let old = Dictionary(before.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
        let new = Dictionary(after.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
        var copy = self
        copy.inputChanges = Set(old.keys).union(new.keys).sorted().compactMap { k in
            switch (old[k], new[k]) {
            case (nil, let b?): InputChange(input: b, change: .added)
            case (let a?, nil): InputChange(input: a, change: .removed)
            case (let a?, let b?) where a.sha256 != b.sha256: InputChange(input: b, change: .changed)
            default: nil
            }
        }
        let data = Set(copy.inputChanges.filter { $0.input.kind == .submissionFile }.map(\.input.name))
        let rules = copy.inputChanges.contains { $0.input.kind == .rulePack }
        copy.newViolations = newViolations.map { change in
            var change = change
            let submission = change.key.submission
            change.cause =
                data.contains(submission) || (submission == StoredScorecard.rollUpSubmission && !data.isEmpty)
                ? .dataChanged : rules ? .rulesChanged : .dueDatePassed
            return change
        }
        return copy
    }

    /// The same comparison limited to one submission (and the roll-up's scores left out).
    public func only(submission: String) -> RunDiff {
        RunDiff(
            from: from, to: to,
            newViolations: newViolations.filter { $0.key.submission == submission },
            resolvedViolations: resolvedViolations.filter { $0.key.submission == submission },
            statusChanges: statusChanges.filter { $0.key.submission == submission },
            scoreChanges: scoreChanges.filter { $0.submission == submission },
            submissionChanges: submissionChanges.filter { $0.name == submission },
            inputChanges: inputChanges.filter { $0.input.kind != .submissionFile || $0.input.name == submission })
    }

    private init(
        from: RunSummary?, to: RunSummary?, newViolations: [Change], resolvedViolations: [Change],
        statusChanges: [Change],
        scoreChanges: [ScoreChange], submissionChanges: [SubmissionChange], inputChanges: [InputChange]
    ) {
        self.from = from
        self.to = to
        self.newViolations = newViolations
        self.resolvedViolations = resolvedViolations
        self.statusChanges = statusChanges
        self.scoreChanges = scoreChanges
        self.submissionChanges = submissionChanges
        self.inputChanges = inputChanges
    }
}

extension HistoryStore {
    /// The comparison of two recorded runs, from `a` to `b`; with no ids, of the last two, and with
    /// one, of that run and the last. `a` may be the later run, to see what going back would change.
    public func diff(from a: Int64? = nil, to b: Int64? = nil) throws(HistoryError) -> RunDiff {
        let (first, second): (RunSummary, RunSummary)
        switch (a, b) {
        case let (a?, b?): (first, second) = (try run(a), try run(b))
        case let (a?, nil): (first, second) = (try run(a), try lastRuns(1)[0])
        default:
            let last = try lastRuns(2)
            guard last.count == 2 else { throw .notEnoughRuns(file: path, count: last.count) }
            (first, second) = (last[0], last[1])
        }
        guard first.id != second.id else { throw .sameRun(file: path, id: first.id) }
        return RunDiff(
            from: first, to: second,
            before: (try findings(ofRun: first.id), try scorecards(ofRun: first.id), try submissions(ofRun: first.id)),
            after: (try findings(ofRun: second.id), try scorecards(ofRun: second.id), try submissions(ofRun: second.id))
        ).reading(inputs: try inputs(ofRun: first.id), try inputs(ofRun: second.id))
    }
}
