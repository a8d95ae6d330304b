import DataLoading
import Diagnostics
import EmbeddedRulePacks
import Evaluation
import Expressions
import Foundation
import History
import Messages
import Rules

/// One submission's part of a run: its result, or why it could not be checked.
public struct SubmissionRun: Sendable {
    public let submission: RunConfiguration.Submission
    /// Nil when the submission is invalid.
    public let result: EvaluationResult?
    public let report: ValidationReport

    /// What the history keeps of it.
    public var outcome: SubmissionOutcome {
        let errors = report.diagnostics.filter { $0.severity == .error }
        return SubmissionOutcome(
            name: submission.name, path: submission.path, asOf: result?.asOf.description,
            status: result != nil ? .checked : .invalid,
            errorCount: errors.count, warningCount: report.diagnostics.warningCount,
            firstError: errors.first.map { error in LocalizedText { $0.line(error) } })
    }
}

/// Evaluates every submission of a run configuration, several at a time, and never stops at a
/// bad one: an invalid or missing submission is reported as such and the others are checked.
public enum NightlyRunner {
    /// The submissions' runs, in the configuration's order. `asOf` overrides the configuration's
    /// rule; `today` is the date `as_of: today` means. `progress` is told each submission's name
    /// as it finishes, from any thread.
    public static func evaluate(
        _ configuration: RunConfiguration, packs: [RulePack], asOf override: CivilDate? = nil,
        today: CivilDate, jobs: Int, progress: @Sendable (SubmissionRun) -> Void = { _ in }
    ) -> [SubmissionRun] {
        let asOf: CivilDate? =
            override
            ?? {
                switch configuration.asOf {
                case .periodEnd: nil
                case .today: today
                case .date(let date): date
                }
            }()
        let submissions = configuration.submissions
        let workers = max(1, min(jobs, submissions.count))
        // One core per submission when there are several; a lone submission may read on all.
        let options = ReadOptions(workers: max(1, jobs / workers), known: packs.knownIdentifiers)
        return Parallel.map(submissions.count, workers: workers) { i in
            let submission = submissions[i]
            let (result, report) = Evaluator.check(
                packs: packs, folder: submission.path, submissionName: submission.name,
                asOf: asOf, part: submissions.count > 1, options: options)
            let run = SubmissionRun(submission: submission, result: result, report: report)
            progress(run)
            return run
        }
    }

    /// The inputs of a run with their SHA-256: the configuration, each rule pack's file, and each
    /// submission's manifest and the data files it lists — those the submission was read from,
    /// never a stray file of its folder (a FIFO, a link leading out) — one that cannot be read is
    /// recorded as such.
    public static func inputs(
        of configuration: RunConfiguration, packs: [RulePack], runs: [SubmissionRun]
    ) -> [RunInput] {
        var inputs: [RunInput] = []
        inputs.append(
            RunInput(
                kind: .configuration, name: (configuration.file as NSString).lastPathComponent,
                path: configuration.file,
                sha256: ContentHash.sha256(ofFile: configuration.file) ?? unreadable))
        let embedded = configuration.rulePaths.isEmpty ? EmbeddedRulePacks.files : []
        for pack in packs {
            let text = embedded.first { $0.name == pack.location.file }?.text
            inputs.append(
                RunInput(
                    kind: .rulePack, name: pack.id, path: pack.location.file,
                    sha256: text.map(ContentHash.sha256(of:)) ?? ContentHash.sha256(ofFile: pack.location.file)
                        ?? unreadable,
                    version: "\(pack.document.number) (\(pack.document.date))"))
        }
        for run in runs {
            for path in run.report.files {
                inputs.append(
                    RunInput(
                        kind: .submissionFile, name: run.submission.name, path: path,
                        sha256: ContentHash.sha256(ofFile: path) ?? unreadable))
            }
        }
        return inputs
    }

    /// What an input's hash reads when the file could not be read.
    public static let unreadable = "unreadable"

    /// The day in Vietnam (UTC+7) at an instant: what `as_of: today` means for a run at night.
    public static func vietnameseDate(at instant: Date) -> CivilDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 7 * 3600)!
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
