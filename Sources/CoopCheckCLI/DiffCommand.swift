import ArgumentParser
import History
import Reporters

/// `coopcheck diff`: what changed between two recorded runs.
struct DiffCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two recorded runs: new and resolved violations, status, score and submission changes.",
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

    @Option(help: "Language of messages: vi or en.")
    var lang: Language = .en

    func run(console: Console) throws -> ExitStatus {
        let diff: RunDiff
        guard let store = location.open(console: console) else { return .invalidInput }
        do { diff = try store.diff(from: from, to: to) } catch {
            console.note(error.description)
            return .invalidInput
        }
        console.out(DiffReport.render(diff, format: format, language: lang == .vi ? .vi : .en))
        return diff.newViolations.isEmpty ? .success : .findings
    }
}

extension DiffReport.Format: ExpressibleByArgument {}
