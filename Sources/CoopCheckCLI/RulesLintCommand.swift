import ArgumentParser
import Diagnostics
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

        Exit codes: 0 when every pack is valid (warnings allowed), 2 when any pack has an error.

        EXAMPLES:
          coopcheck rules lint                 Lint every pack in Rules/.
          coopcheck rules lint Rules/kh-127-2023-dak-nong.yaml
          coopcheck rules lint --strict Rules  Treat warnings as errors too.
        """)

    @Argument(help: ArgumentHelp("Rule-pack files or folders of them.", valueName: "PATH"))
    var paths: [String] = ["Rules"]

    @Flag(help: "Fail (exit 2) on warnings as well as errors.")
    var strict = false

    func run(console: Console) throws -> ExitStatus {
        let ruleSet = RuleLoader.load(paths: paths)
        for diagnostic in ruleSet.diagnostics {
            console.line(diagnostic.description)
        }
        let errors = ruleSet.diagnostics.errorCount
        let warnings = ruleSet.diagnostics.warningCount
        console.note("coopcheck: \(count(ruleSet.fileCount, "pack file")), \(count(ruleSet.rules.count, "valid rule")): "
            + (errors + warnings == 0 ? "no problems" : "\(count(errors, "error")), \(count(warnings, "warning"))"))
        return errors > 0 || (strict && warnings > 0) ? .invalidInput : .success
    }
}

/// "1 error", "2 errors".
func count(_ n: Int, _ noun: String) -> String {
    "\(n) \(noun)\(n == 1 ? "" : "s")"
}
