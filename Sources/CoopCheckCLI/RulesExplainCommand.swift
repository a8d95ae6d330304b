import ArgumentParser
import Diagnostics
import Messages
import Rules

/// `coopcheck rules explain ID`: a rule, its source quote and its parsed meaning in plain words.
struct RulesExplainCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show a rule, the sentence of the document it encodes and what it checks, in plain words.",
        discussion: """
            Shows the rule's titles, its citation and verbatim quote, the records it reads, the \
            parsed target or requirement, the schedule and the grouping — so a reader can confirm \
            that the rule says what the document says.

            EXAMPLES:
              coopcheck rules explain CTPH254.II.2a
              coopcheck rules explain --rules Rules/nq-134-2020.yaml NQ134.IV.1
            """)

    @OptionGroup var rules: RulePathOptions

    @Argument(help: ArgumentHelp("The rule's id, as `coopcheck rules list` shows it.", valueName: "ID"))
    var id: String

    @OptionGroup var language: LanguageOption

    func run(console: Console) throws -> ExitStatus {
        let c = language.catalogue(console)
        let ruleSet = RuleLoader.load(pathsOrEmbedded: rules.paths)
        guard let rule = ruleSet.rule(withID: id) else {
            console.note(
                c.notice(
                    .noSuchRule(
                        id, paths: rules.paths, suggestion: Suggestions.best(for: id, in: ruleSet.rules.map(\.id)))))
            _ = reportLoadErrors(ruleSet, console: console, catalogue: c)
            return .invalidInput
        }
        let lines = c.explanation(of: rule, in: ruleSet.pack(withID: rule.packID))
        let width = lines.map(\.label.count).max() ?? 0
        for (label, text) in lines {
            console.line((label + ":").padding(toLength: width + 2, withPad: " ", startingAt: 0) + text)
        }
        return reportLoadErrors(ruleSet, console: console, catalogue: c)
    }
}
