import ArgumentParser

/// The `coopcheck` root command.
struct CoopCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coopcheck",
        abstract: "Check Vietnam's collective-economy data against the targets and schedules of its programmes.",
        discussion: """
            Rule packs (YAML, one per source document, in Rules/) encode the targets and deadlines \
            of the programmes for cooperatives (HTX), cooperative groups (THT) and unions of \
            cooperatives (LHHTX).

            Exit codes: 0 success, 1 findings, 2 invalid input or usage.

            EXAMPLES:
              coopcheck rules lint                 Check every rule pack in Rules/.
              coopcheck rules list                 List the rules, pack by pack.
              coopcheck rules explain CTPH254.II.2a
                                                   Show a rule, its source sentence and its meaning.
              coopcheck validate Samples/dak-nong-2025
                                                   Check a submission before sending it.
            """,
        version: "0.1.0",
        subcommands: [
            CheckCommand.self, RulesCommand.self, ValidateCommand.self, RunCommand.self, HistoryCommand.self,
            DiffCommand.self, GenerateCommand.self, InitCommand.self, ServeCommand.self, SQLCommand.self,
        ])
}
