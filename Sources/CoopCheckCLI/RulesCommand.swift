import ArgumentParser
import Messages
import Rules

/// `coopcheck rules`: the commands that work on rule packs.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Lint, list and explain rule packs.",
        discussion: """
            EXAMPLES:
              coopcheck rules lint Rules/ctph-254-2024.yaml
              coopcheck rules list --rules Rules
              coopcheck rules explain KH127.III.1
            """,
        subcommands: [RulesLintCommand.self, RulesListCommand.self, RulesExplainCommand.self, RulesTestCommand.self])
}

/// The `--rules PATH` option shared by the commands that read rule packs.
struct RulePathOptions: ParsableArguments {
    @Option(
        name: .customLong("rules"),
        help: ArgumentHelp(
            "A rule-pack file or a folder of them (repeatable); without it, the packs built into coopcheck.",
            valueName: "PATH"))
    var paths: [String] = []

    /// The packs, or nil having printed their errors and the advice to run `rules lint`.
    func loadValid(console: Console, catalogue c: any Catalogue) -> RuleSet? {
        let ruleSet = RuleLoader.load(pathsOrEmbedded: paths)
        guard !ruleSet.hasErrors else {
            for diagnostic in ruleSet.diagnostics { console.note(c.line(diagnostic)) }
            console.note(c.notice(.packsInvalidRunLint))
            return nil
        }
        // Packs named that hold no rule would judge nothing, and say all is well.
        guard !ruleSet.rules.isEmpty else {
            for diagnostic in ruleSet.diagnostics { console.note(c.line(diagnostic)) }
            console.note(c.notice(.noRules(paths: paths)))
            return nil
        }
        return ruleSet
    }
}
