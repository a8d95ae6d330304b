import ArgumentParser
import History
import Messages
import Reporters

/// `coopcheck diff`: what changed between two recorded runs.
struct DiffCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract:
            "Show what changed between two recorded runs: new and resolved violations, status, score and submission changes.",
        discussion: """
            With no run ids, compares the last two runs; with one, that run and the last.

            Exit codes: 0 when no violation is new, 1 when one is, 2 when the history cannot be \
            read or a run does not exist.

            EXAMPLES:
              coopcheck diff --config Samples/nightly/nightly.yaml
              coopcheck diff 3 7 --history .build/nightly/history.sqlite --format markdown
            """)

    @Argument(help: ArgumentHelp("The earlier run (default: the one before the last).", valueName: "RUN_A"))
    var from: Int64?

    @Argument(help: ArgumentHelp("The later run (default: the last).", valueName: "RUN_B"))
    var to: Int64?

    @OptionGroup var location: HistoryOptions

    @Option(help: "Output format: text, json or markdown.")
    var format: DiffReport.Format = .text

    @OptionGroup var language: LanguageOption

    func run(console: Console) throws -> ExitStatus {
        let c = language.catalogue(console)
        let diff: RunDiff
        guard let store = location.open(console: console, catalogue: c) else { return .invalidInput }
        do { diff = try store.diff(from: from, to: to) } catch {
            console.note(c.historyError(error))
            return .invalidInput
        }
        console.out(DiffReport.render(diff, format: format, language: c.language))
        return diff.newViolations.isEmpty ? .success : .findings
    }
}

extension DiffReport.Format: ExpressibleByArgument {}
