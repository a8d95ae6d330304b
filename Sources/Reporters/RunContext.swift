import Diagnostics
import History

/// What the report of a recorded run shows besides its findings: the change since the previous
/// run, each target's trend over the recorded runs, and what became of every submission.
public struct RunContext: Sendable {
    /// The comparison with the previous run; nil for the first run of a history.
    public var changes: RunDiff?
    /// Observed values per finding over the recorded runs and this one, oldest first.
    public var trends: [FindingKey: [TrendPoint]]
    public var submissions: [SubmissionOutcome]
    /// Why some submissions were not evaluated: the problems of the invalid ones, and one for each
    /// expected province that sent none. Every format reports them beside the findings.
    public var inputProblems: [Diagnostic]

    public init(
        changes: RunDiff?, trends: [FindingKey: [TrendPoint]], submissions: [SubmissionOutcome],
        inputProblems: [Diagnostic] = []
    ) {
        self.changes = changes
        self.trends = trends
        self.submissions = submissions
        self.inputProblems = inputProblems
    }

    /// The part about one submission, for its own report.
    public func only(submission: String) -> RunContext {
        RunContext(
            changes: changes?.only(submission: submission), trends: trends.filter { $0.key.submission == submission },
            submissions: submissions.filter { $0.name == submission }, inputProblems: [])
    }
}
