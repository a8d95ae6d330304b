import ArgumentParser
import Evaluation
import Expressions
import Foundation
import History
import Messages
import NightlyRun
import Reporters
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// `coopcheck run`: a nightly run over every submission of a run configuration.
struct RunCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Check every submission of a run configuration, record the run in the history and write the reports.",
        discussion: """
            A run configuration (YAML, see docs/nightly.md) names the rule packs, the submission \
            folders (or folders of them, one per province), the as-of date (period_end, today or a \
            date), the history file and the report formats. Submissions are checked several at a \
            time; an invalid or missing one is reported and the others are still checked. The run \
            is recorded in the history (SQLite) in one transaction, then the reports are written: \
            DIR/roll-up.EXT over all submissions and DIR/submissions/NAME.EXT for each, carrying \
            the changes since the previous run and, in HTML, each target's trend.

            Exit codes: 0 when every submission is valid and nothing at or above fail_on is \
            violated, 1 when a submission is invalid or something is violated, 2 when the \
            configuration, the rule packs or the history cannot be used (nothing is recorded) or \
            a report cannot be written (the run is recorded; the message says so).

            EXAMPLES:
              coopcheck run --config Samples/nightly/nightly.yaml
              coopcheck run --config nightly.yaml --as-of 2025-06-30
              coopcheck run --config nightly.yaml --history /tmp/try.sqlite --output-dir /tmp/reports
              coopcheck history --config nightly.yaml
              coopcheck diff --config nightly.yaml
            """)

    @Option(help: ArgumentHelp("The run configuration.", valueName: "FILE"))
    var config: String

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "Evaluate every submission at this date, YYYY-MM-DD, whatever the configuration says.", valueName: "DATE"))
    var asOf: String?

    @Option(help: ArgumentHelp("Record into this history file instead of the configuration's.", valueName: "FILE"))
    var history: String?

    @Option(
        name: .customLong("output-dir"),
        help: ArgumentHelp("Write the reports to this folder instead of the configuration's.", valueName: "DIR"))
    var outputDirectory: String?

    @OptionGroup var jobs: JobsOption

    @OptionGroup var language: LanguageOption

    /// Set by the tests that kill a run inside its history transaction.
    static let killHook = "COOPCHECK_TEST_KILL_IN_HISTORY_TRANSACTION"

    func validate() throws {
        let c = language.usage
        if let asOf, CivilDate.parseISO(asOf) == nil {
            throw c.usage(.notADate(option: "--as-of", found: asOf))
        }
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], Self.fixedTime(epoch) == nil {
            throw c.usage(.sourceDateEpoch(found: epoch, last: Self.lastEpoch))
        }
    }

    /// The last second of the year 9999, the latest time a run can be stamped with.
    static let lastEpoch = 253_402_300_799

    /// The time SOURCE_DATE_EPOCH names, when it is valid.
    static func fixedTime(_ epoch: String) -> Date? {
        guard let seconds = Int(epoch), (0...lastEpoch).contains(seconds) else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    func run(console: Console) throws -> ExitStatus {
        let c = language.catalogue(console)
        let (parsed, diagnostics) = RunConfigurationParser.load(
            path: config, formats: Reporters.all.map { $0.identifier })
        for diagnostic in diagnostics { console.note(c.line(diagnostic)) }
        guard var configuration = parsed else {
            console.note(c.notice(.configurationInvalid))
            return .invalidInput
        }
        configuration.historyPath = history ?? configuration.historyPath
        configuration.outputDirectory = outputDirectory ?? configuration.outputDirectory
        let outcome: NightlyRunOutcome
        switch perform(configuration, console: console, catalogue: c) {
        case .success(let result):
            outcome = result
        case .failure(.invalidRules(let diagnostics)):
            for diagnostic in diagnostics { console.note(c.line(diagnostic)) }
            console.note(c.notice(.packsInvalidNothingRun))
            return .invalidInput
        case .failure(.noRules(let paths, let warnings)):
            for warning in warnings { console.note(c.line(warning)) }
            console.note(c.notice(.noRulesInConfiguration(paths: paths, configuration: configuration.file)))
            return .invalidInput
        case .failure(.history(let error)):
            console.note(c.historyError(error))
            return .invalidInput
        case .failure(.historyOverlaps(let history, let other)):
            console.note(c.notice(.historyOverlaps(history: history, other: other)))
            return .invalidInput
        case .failure(.report(let path, let reason, let run)):
            console.note(
                c.notice(.reportNotWritten(path: path, reason: reason, run: run, history: configuration.historyPath)))
            return .invalidInput
        }
        for warning in outcome.ruleWarnings { console.note(c.line(warning)) }
        console.out(outcome.summary(of: configuration, language: c.language))
        return outcome.failed ? .findings : .success
    }

    /// The run, telling the console as each submission is done.
    private func perform(
        _ configuration: RunConfiguration, console: Console,
        catalogue c: any Catalogue
    ) -> Result<NightlyRunOutcome, NightlyRunError> {
        let total = configuration.submissions.count
        let done = Atomic<Int>(0)
        let environment = ProcessInfo.processInfo.environment
        let kill = environment[Self.killHook] != nil
        // SOURCE_DATE_EPOCH, the reproducible-builds convention, fixes the run's timestamps.
        let fixed = environment["SOURCE_DATE_EPOCH"].flatMap(Self.fixedTime)
        let progress: @Sendable (SubmissionRun) -> Void = { run in
            let n = done.add(1, ordering: .relaxed).newValue
            console.note(
                c.phrase(.runProgress(done: n, total: total, submission: run.submission.name, valid: run.result != nil))
            )
        }
        return Result { () throws(NightlyRunError) in
            try NightlyJob.run(
                configuration, asOf: asOf.flatMap { CivilDate.parseISO($0) }, clock: { fixed ?? Date() },
                jobs: jobs.count, language: language.language, fallbackLanguage: c.language,
                checkpoint: { if kill { raise(SIGKILL) } },
                progress: progress)
        }
    }
}
