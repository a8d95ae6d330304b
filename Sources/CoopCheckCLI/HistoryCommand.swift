import ArgumentParser
import History
import Messages
import Reporters

/// `coopcheck history`: the recorded runs with their counts.
struct HistoryCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the runs recorded in a history, oldest first, with counts per status.",
        discussion: """
            Exit codes: 0, or 2 when the history cannot be read.

            EXAMPLES:
              coopcheck history --config Samples/nightly/nightly.yaml
              coopcheck history --history .build/nightly/history.sqlite --format json
            """)

    @OptionGroup var location: HistoryOptions

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @OptionGroup var language: LanguageOption

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func run(console: Console) throws -> ExitStatus {
        let c = language.catalogue(console)
        let runs: [RunSummary]
        guard let store = location.open(console: console, catalogue: c) else { return .invalidInput }
        do { runs = try store.runs() } catch {
            console.note(c.historyError(error))
            return .invalidInput
        }
        switch format {
        case .json: console.out(HistoryListing.json(runs))
        case .text: console.out(HistoryListing.text(runs, language: c.language))
        }
        return .success
    }
}
