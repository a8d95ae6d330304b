import Diagnostics
import Evaluation
import Foundation
import Rules

/// One input a run read, with a SHA-256 of its content so two runs can tell whether their
/// inputs differed.
public struct RunInput: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// The run configuration.
        case configuration
        /// A rule pack file; `name` is the pack id, `version` the document number and date.
        case rulePack = "rule_pack"
        /// A file of a submission folder; `name` is the submission.
        case submissionFile = "submission_file"
    }

    public let kind: Kind
    public let name: String
    public let path: String
    public let sha256: String
    public let version: String?

    public init(kind: Kind, name: String, path: String, sha256: String, version: String? = nil) {
        self.kind = kind
        self.name = name
        self.path = path
        self.sha256 = sha256
        self.version = version
    }
}

/// What became of one submission in a run: checked, or invalid (with why), at which date.
public struct SubmissionOutcome: Hashable, Sendable {
    public let name: String
    public let path: String
    /// The as-of date it was evaluated at; nil when it could not be read far enough to know.
    public let asOf: String?
    public let status: SubmissionStatus
    public let errorCount: Int
    public let warningCount: Int
    /// The first error, `file:line:column: error: message` in each language, for an invalid submission.
    public let firstError: LocalizedText?

    public init(
        name: String, path: String, asOf: String?, status: SubmissionStatus, errorCount: Int, warningCount: Int,
        firstError: LocalizedText?
    ) {
        self.name = name
        self.path = path
        self.asOf = asOf
        self.status = status
        self.errorCount = errorCount
        self.warningCount = warningCount
        self.firstError = firstError
    }
}

extension SubmissionOutcome {
    /// Whether the submission was read and evaluated.
    public var valid: Bool { status == .checked }

    /// An expected province for which no submission came: named by its code.
    public static func notSubmitted(province: String) -> SubmissionOutcome {
        SubmissionOutcome(
            name: province, path: "", asOf: nil, status: .notSubmitted, errorCount: 0, warningCount: 0,
            firstError: nil)
    }
}

/// What became of a submission a run expected.
public enum SubmissionStatus: String, CaseIterable, Hashable, Sendable {
    /// Read and evaluated.
    case checked
    /// Sent but unreadable or invalid: nothing in it was evaluated.
    case invalid
    /// An expected province for which no submission came at all.
    case notSubmitted = "not_submitted"
}

/// Everything one run writes to the history, in one transaction.
public struct RunRecord: Sendable {
    public let startedAt: Date
    public let finishedAt: Date
    /// How the as-of date was chosen (`period_end`, `today` or a date), and the latest date used.
    public let asOfRule: String
    public let asOf: String
    public let configuration: String
    public let toolVersion: String
    public let inputs: [RunInput]
    public let submissions: [SubmissionOutcome]
    public let findings: [StoredFinding]
    public let scorecards: [StoredScorecard]

    public init(
        startedAt: Date, finishedAt: Date, asOfRule: String, asOf: String, configuration: String, toolVersion: String,
        inputs: [RunInput], submissions: [SubmissionOutcome], findings: [StoredFinding], scorecards: [StoredScorecard]
    ) {
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.asOfRule = asOfRule
        self.asOf = asOf
        self.configuration = configuration
        self.toolVersion = toolVersion
        self.inputs = inputs
        self.submissions = submissions
        self.findings = findings
        self.scorecards = scorecards
    }
}

/// A recorded run as `coopcheck history` lists it.
public struct RunSummary: Hashable, Sendable {
    public let id: Int64
    /// UTC, ISO 8601 to the second.
    public let startedAt: String
    public let finishedAt: String
    public let asOfRule: String
    public let asOf: String
    public let configuration: String
    public let toolVersion: String
    public let submissionCount: Int
    public let invalidSubmissionCount: Int
    /// Findings per status.
    public let counts: [FindingStatus: Int]
}
