import Diagnostics
import Expressions
import Foundation
import History
import Rules
import Warehouse

/// The headings, labels and lines of reports, listings and the command line, as data: each
/// language's catalogue says every case (`Catalogue.phrase`).
public enum Phrase: Hashable, Sendable {
    // Check reports.
    /// `coopcheck check: A, B as of 31/12/2025`, the first line of the text report.
    case checkHeading(submissions: [String], asOf: CivilDate)
    /// The title of the HTML and Markdown reports.
    case reportHeading(submissions: [String], asOf: CivilDate)
    /// The roll-up over every submission, where a submission's name would be.
    case rollUp
    /// The nation judged over every submission's records together, where a submission's name would be.
    case allTogether
    /// `3 violated, 2 no data`: the findings per status, worst first.
    case statusCounts([FindingStatus: Int])
    /// `67% of due targets met`.
    case scoreOfDueTargets(Decimal)
    /// `score 67%`, in a heading.
    case score(Decimal)
    /// `Summary: 250 findings`.
    case findingsSummary(Int)
    /// `… and 3 more`, after the records a report lists.
    case moreRecords(Int)
    /// A provincial pack not evaluated on a submission about another province.
    case skippedPack(province: String, submission: String)
    /// A merged province's plan judged on its successor's submission over the former area only
    /// (`communes` of it listed; none: not judged). The provinces are named with their codes.
    case formerProvincePack(former: String, successor: String, communes: Int, submission: String)
    /// `46 rules are owed by others …`: the rules nobody a submission speaks for owes.
    case notApplicable(rules: Int, submission: String)
    /// The explanation of the HTML report's bars.
    case barLegend
    /// The explanation of the HTML report's trend lines.
    case trendLegend
    /// The accessible label of a bar: observed against target.
    case barLabel(observed: String, target: String)
    /// The accessible label of a trend line.
    case trendLabel(runs: Int, points: String)
    /// `target: at least 45%`, after an observed value.
    case targetIs(String)
    case heading(Heading)
    case column(Column)
    /// The last GitHub annotation of a kind: `count` more were not annotated (GitHub shows ten
    /// per step); they follow as log lines and are in `fullReport`, when one was written.
    case moreAnnotations(Int, severity: Severity, fullReport: String?)
    /// The heading of the report of input that has problems (invalid packs or data).
    case inputProblems(errors: Int, warnings: Int)
    /// Why a violation is new since the earlier run.
    case violationCause(RunDiff.Cause)
    /// What became of an input file between two runs.
    case inputChange(RunDiff.InputChange.Kind)
    /// A Markdown report cut to fit a pull-request comment: `shown` of `total` findings, worst first.
    case findingsCut(shown: Int, total: Int, fullReport: String?)
    /// Nothing to list.
    case none
    /// No such finding in one of two runs.
    case absent
    // Submissions of a run.
    case checkedSubmission
    case invalidSubmission
    /// An expected province no submission came for.
    case notSubmitted
    /// `invalid, 3 errors`.
    case invalidWithErrors(Int)
    /// The first run of a history: nothing to compare with.
    case firstRecordedRun
    /// `Since run 2 (as of …): 3 new violations, …`.
    case sinceRun(RunSummary?, changes: ChangeCounts)
    // Differences between runs.
    /// `coopcheck diff: run 2 (…) → run 3 (…)`; nil is the run being reported.
    case diffHeading(from: RunSummary?, to: RunSummary?)
    /// `Changes since run 2 (…)`.
    case changesSince(RunSummary?)
    case changeCounts(ChangeCounts)
    /// `observed 45%`.
    case observedValue(String)
    case noRunRecorded
    // A nightly run's summary.
    case runHeading(run: Int64, submissions: Int, configuration: String)
    case asOfDate(CivilDate)
    case submissionInvalidLine(firstError: String?, errors: Int)
    /// `34  not submitted: the run expects a submission for province 34 and none came`.
    case notSubmittedLine(province: String)
    case sinceRunLine(run: Int64, changes: ChangeCounts, history: String)
    case firstRunOfHistory
    case recordedRun(run: Int64, history: String, reports: Int?, directory: String?)
    /// Temporary files a run killed while writing left, removed by this one.
    case removedLeftovers([String])
    case runProgress(done: Int, total: Int, submission: String, valid: Bool)
    case invalidSubmissionNotEvaluated(name: String, path: String)
    // The command line.
    case notice(Notice)
    // The web page.
    case web(WebText)

    /// The counts of a comparison of two runs.
    public struct ChangeCounts: Hashable, Sendable {
        public let newViolations, resolvedViolations, statusChanges, scoreChanges, submissionChanges: Int

        public init(_ diff: RunDiff) {
            self.init(
                newViolations: diff.newViolations.count, resolvedViolations: diff.resolvedViolations.count,
                statusChanges: diff.statusChanges.count, scoreChanges: diff.scoreChanges.count,
                submissionChanges: diff.submissionChanges.count)
        }

        public init(
            newViolations: Int, resolvedViolations: Int, statusChanges: Int, scoreChanges: Int, submissionChanges: Int
        ) {
            self.newViolations = newViolations
            self.resolvedViolations = resolvedViolations
            self.statusChanges = statusChanges
            self.scoreChanges = scoreChanges
            self.submissionChanges = submissionChanges
        }
    }

    /// Section headings.
    public enum Heading: Hashable, Sendable, CaseIterable {
        case scorecard, findings, submissions
        case newViolations, resolvedViolations, statusChanges, scoreChanges, submissionChanges, inputChanges
    }

    /// Column headers of tables.
    public enum Column: Hashable, Sendable, CaseIterable {
        case pack, group, rule, status, progress, due, score, observed, target, message
        case submission, asOf, firstError, before, now
        case run, startedUTC, submissions, invalid
        case severity, section, quote, groupName, record, file, sheet, cell, line, column, note, code
        case observedValue, targetValue, position
    }
}

/// What a command tells the user about the run itself, on standard error.
public enum Notice: Hashable, Sendable {
    case packsInvalidNothingEvaluated
    case packsInvalidNothingRun
    case packsInvalidRunLint
    /// `--rules` named files or folders that hold no rule: nothing would be judged.
    case noRules(paths: [String])
    /// A run configuration's `rules:` hold no rule.
    case noRulesInConfiguration(paths: [String], configuration: String)
    case packErrors(count: Int, path: String)
    case noSuchPack(String, suggestion: String?)
    case noSuchRule(String, paths: [String]?, suggestion: String?)
    case checking(submission: String, rules: Int)
    case submissionInvalid(String)
    /// `sql load` of a submission with errors: no statement is printed.
    case submissionNotLoaded(String)
    /// Two submissions speak for one province: its records count twice in the nation's figures.
    case provinceTwice(province: String, submissions: [String])
    case wroteReport(format: String, file: String)
    case cannotWrite(file: String, reason: String)
    /// `--baseline` names a file that cannot be read.
    case baselineUnreadable(file: String, reason: String)
    /// `--baseline` names a file that is not a coopcheck JSON report.
    case baselineNotAReport(file: String)
    /// What the baseline knew: `known` violations still there, `new` ones not in it.
    case baselineSummary(file: String, known: Int, new: Int)
    /// A violation the baseline does not know: the rule, where, and what.
    case newViolation(rule: String, place: String, text: String)
    /// `coopcheck serve` is listening at `address`.
    case serving(address: String, packs: Int)
    case cannotServe(reason: String)
    /// A line of an access-token file that is not `TOKEN PROVINCE`.
    case badTokenLine(file: String, line: Int)
    case cannotRead(file: String, reason: String)
    /// The database at `address` (shown without a password) could not give what a check needs.
    case database(address: String, problem: WarehouseError)
    case configurationInvalid
    case reportNotWritten(path: String, reason: String, run: Int64, history: String)
    /// The history's path is also a report's or an input's.
    case historyOverlaps(history: String, other: String)
    case validationSummary(files: Int, records: Int, rejected: Int, errors: Int, warnings: Int)
    case lintSummary(files: Int, rules: Int, errors: Int, warnings: Int)
    case examplesSummary(rules: Int, examples: Int, failed: Int, warnings: Int)
    case generated(files: [String], folder: String)
    case cannotGenerate(folder: String, reason: String)
    /// `init` into a folder that already holds a submission: nothing is overwritten.
    case folderHasSubmission(String)
    /// A province code that is not on the map the year ends on.
    case noSuchProvince(String, year: Int)
    case interrupted
    case usage(Usage)

    /// A command line that cannot be run as given.
    public enum Usage: Hashable, Sendable {
        case notADate(option: String, found: String)
        /// A reporting period option not written as a manifest writes one.
        case notAPeriod(option: String, found: String)
        case unknownFormat(String, known: [String], suggestion: String?)
        case outputPerFormat(formats: Int, outputs: Int)
        case severalFormatsNeedOutputs
        /// The same submission folder given twice.
        case dataTwice(String)
        /// Two reports sent to one file.
        case outputTwice(String)
        case historyAndConfig
        case historyMissing
        case sourceDateEpoch(found: String, last: Int)
        case atLeast(option: String, minimum: Int, found: Int)
        case between(option: String, low: Int, high: Int)
        case unknownLanguage(String)
        /// `--database` that cannot be used.
        case database(SourceProblem)
        /// A source configuration without `database:`, and no `--database`.
        case noDatabase(source: String)
        /// An option that means something only with another (`--submission` without `--database`).
        case needs(option: String, other: String)
        /// Two options that exclude each other.
        case notBoth(String, String)
    }
}
