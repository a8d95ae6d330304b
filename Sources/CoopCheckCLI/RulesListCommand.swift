import ArgumentParser
import Diagnostics
import Messages
import Reporters
import Rules

/// `coopcheck rules list`: every rule, pack by pack, one line each.
struct RulesListCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the rules of the rule packs, pack by pack.",
        discussion: """
            Prints each pack (id, document number and date, English title) followed by its rules: \
            id, severity, data set and title. Packs with errors are left out and reported on \
            standard error; run `coopcheck rules lint` for the details.

            EXAMPLES:
              coopcheck rules list
              coopcheck rules list --pack kh-127-2023-dak-nong
              coopcheck rules list --lang en --rules Rules/ctph-254-2024.yaml
              coopcheck rules list --format markdown > docs/rule-packs.md
            """)

    @OptionGroup var rules: RulePathOptions

    @Option(help: ArgumentHelp("Only the rules of this pack.", valueName: "ID"))
    var pack: String?

    @OptionGroup var language: LanguageOption

    @Option(help: "Output: text, or markdown (the tables of docs/rule-packs.md).")
    var format: ListFormat = .text

    enum ListFormat: String, ExpressibleByArgument, CaseIterable {
        case text, markdown
    }

    func run(console: Console) throws -> ExitStatus {
        let c = language.catalogue(console)
        let ruleSet = RuleLoader.load(pathsOrEmbedded: rules.paths)
        if let pack, ruleSet.pack(withID: pack) == nil {
            console.note(
                c.notice(.noSuchPack(pack, suggestion: Suggestions.best(for: pack, in: ruleSet.packs.map(\.id)))))
            return .invalidInput
        }
        if format == .markdown {
            console.out(RulePackListing.markdown(ruleSet.packs.filter { pack == nil || $0.id == pack }))
            return reportLoadErrors(ruleSet, console: console, catalogue: c)
        }
        for rulePack in ruleSet.packs where pack == nil || rulePack.id == pack {
            let document = rulePack.document
            console.line(
                "\(rulePack.id) — \(document.number) (\(document.date.vietnamese)) — \(document.title[c.language])")
            let width = rulePack.rules.map(\.id.count).max() ?? 0
            for rule in rulePack.rules {
                let id = rule.id.padding(toLength: width, withPad: " ", startingAt: 0)
                let severity = c.severity(rule.severity).padding(toLength: 9, withPad: " ", startingAt: 0)
                let dataset = rule.dataset.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
                console.line("  \(id)  \(severity)  \(dataset)  \(rule.title[c.language])")
            }
        }
        return reportLoadErrors(ruleSet, console: console, catalogue: c)
    }
}
