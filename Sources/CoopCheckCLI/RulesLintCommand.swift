import ArgumentParser
import Messages
import Rules

/// `coopcheck rules lint`: reports every problem in rule packs, one `file:line:column` line each.
struct RulesLintCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check rule packs and report every problem with its file, line and column.",
        discussion: """
            Reports unknown keys (with a suggestion), wrong types, unparseable targets, schedules and \
            dates, expression errors, missing citations and rule ids used twice across packs — all of \
            them in one run, as `file:line:column: error: message` on standard output. A summary goes \
            to standard error.

            With --format (and --output), the problems are written as a report too (SARIF, JUnit, \
            GitHub annotations, CSV, Markdown, JSON, HTML).

            Exit codes: 0 when every pack is valid (warnings allowed), 2 when any pack has an error.

            EXAMPLES:
              coopcheck rules lint                 Lint the packs built into coopcheck.
              coopcheck rules lint Rules/kh-127-2023-dak-nong.yaml
              coopcheck rules lint --strict Rules  Treat warnings as errors too.
              coopcheck rules lint --format sarif --output lint.sarif Rules
            """)

    @Argument(
        help: ArgumentHelp(
            "Rule-pack files or folders of them; without any, the packs built into coopcheck.", valueName: "PATH"))
    var paths: [String] = []

    @Flag(help: "Fail (exit 2) on warnings as well as errors.")
    var strict = false

    @OptionGroup(title: "Reports") var reports: ReportOutputOptions

    @OptionGroup var language: LanguageOption

    func validate() throws { try reports.check(language.usage) }

    func run(console: Console) throws -> ExitStatus {
        let ruleSet = RuleLoader.load(pathsOrEmbedded: paths)
        return printDiagnostics(
            ruleSet.diagnostics, strict: strict, reports: reports, console: console,
            catalogue: language.catalogue(console)
        ) {
            .lintSummary(files: ruleSet.fileCount, rules: ruleSet.rules.count, errors: $0, warnings: $1)
        }
    }
}
