import ArgumentParser
import History
import Messages
import NightlyRun
import Reporters

/// Where `history` and `diff` find the history: a file, or the `history:` of a run configuration.
struct HistoryOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The history file (SQLite) that 'coopcheck run' records into.", valueName: "FILE"))
    var history: String?

    @Option(help: ArgumentHelp("A run configuration; its 'history:' is the history file.", valueName: "FILE"))
    var config: String?

    func validate() throws {
        let c = LanguageOption.usageCatalogue(nil)
        if history != nil, config != nil { throw c.usage(.historyAndConfig) }
        if history == nil, config == nil { throw c.usage(.historyMissing) }
    }

    /// Opens the history; nil, with the reason told on the console, when it cannot be read.
    func open(console: Console, catalogue: any Catalogue) -> HistoryStore? {
        var path = history
        if let config {
            let (configuration, diagnostics) = RunConfigurationParser.load(
                path: config, formats: Reporters.all.map { $0.identifier })
            for diagnostic in diagnostics { console.note(catalogue.line(diagnostic)) }
            path = configuration?.historyPath
        }
        guard let path else { return nil }
        do {
            return try HistoryStore(path: path, create: false)
        } catch {
            console.note(catalogue.historyError(error))
            return nil
        }
    }
}
