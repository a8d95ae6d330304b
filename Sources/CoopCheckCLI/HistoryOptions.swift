import ArgumentParser
import History
import NightlyRun
import Reporters

/// Where `history` and `diff` find the history: a file, or the `history:` of a run configuration.
struct HistoryOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The history file (SQLite) that 'coopcheck run' records into.", valueName: "FILE"))
    var history: String?

    @Option(help: ArgumentHelp("A run configuration; its 'history:' is the history file.", valueName: "FILE"))
    var config: String?

    func validate() throws {
        if history != nil, config != nil { throw ValidationError("give --history or --config, not both") }
        if history == nil, config == nil { throw ValidationError("give the history: --history FILE, or --config FILE for a run configuration's") }
    }

    /// Opens the history; nil, with the reason told on the console, when it cannot be read.
    func open(console: Console) -> HistoryStore? {
        var path = history
        if let config {
            let (configuration, diagnostics) = RunConfigurationParser.load(path: config, formats: Reporters.all.map { $0.identifier })
            for diagnostic in diagnostics { console.note(diagnostic.description) }
            path = configuration?.historyPath
        }
        guard let path else { return nil }
        do {
            return try HistoryStore(path: path, create: false)
        } catch {
            console.note(error.description)
            return nil
        }
    }
}
