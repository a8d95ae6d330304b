import ArgumentParser
import Evaluation
import Expressions
import Foundation
import Messages
import NightlyRun
import Rules
import Warehouse

/// `coopcheck sql queries` (the default of `coopcheck sql`): the queries of every rule's facts.
struct SQLQueriesCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "queries",
        abstract: "Print the queries that compute every rule's facts, for every submission in the tables.",
        discussion: """
            One or more queries per rule, each headed by the rule's id, pack and the section of \
            the document it cites. They read the tables of `coopcheck sql schema` and give, per \
            submission and unit, what the evaluator judges: the records selected, the state of \
            each aggregate, the records failing a requirement, the log entries of a report.

            Rates per year and projections depend on the evaluation date: --as-of (default: today).

            EXAMPLES:
              coopcheck sql --dialect postgres
              coopcheck sql queries --dialect spark --pack ctph-254-2024 --as-of 2025-12-31
              coopcheck sql --rules my-packs --rule CTPH254.II.2a
            """)

    @OptionGroup var rules: RulePathOptions
    @OptionGroup var dialect: DialectOption

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The evaluation date, YYYY-MM-DD.", valueName: "DATE"))
    var asOf: String?

    @Option(help: ArgumentHelp("Only the rules of this pack (repeatable).", valueName: "ID"))
    var pack: [String] = []

    @Option(help: ArgumentHelp("Only this rule (repeatable).", valueName: "ID"))
    var rule: [String] = []

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if let asOf, CivilDate.parseISO(asOf) == nil {
            throw language.usage.usage(.notADate(option: "--as-of", found: asOf))
        }
    }

    func run(console: Console) throws -> ExitStatus {
        let c = language.catalogue(console)
        guard let ruleSet = rules.loadValid(console: console, catalogue: c),
            RuleSelection(packs: pack, rules: rule).known(in: ruleSet, console: console, catalogue: c)
        else { return .invalidInput }
        let day = asOf.flatMap { CivilDate.parseISO($0) } ?? NightlyRunner.vietnameseDate(at: Date())
        let plans = EvaluationSession.factPlans(
            packs: ruleSet.packs, asOf: day, include: RuleSelection(packs: pack, rules: rule).includes)
        console.out(FactCompiler(dialect: dialect.dialect).script(plans, asOf: day))
        return .success
    }
}
