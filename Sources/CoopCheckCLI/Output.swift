import Diagnostics
import Messages
import Rules

/// Prints diagnostics one per line on standard output — or writes them in the report formats
/// asked for — then a summary on standard error, and returns the exit status: invalid input when
/// there are errors (or warnings, with `strict`), or when a report could not be written.
func printDiagnostics(
    _ diagnostics: [Diagnostic], strict: Bool, reports: ReportOutputOptions, console: Console,
    catalogue: any Catalogue, summary: (_ errors: Int, _ warnings: Int) -> Notice
) -> ExitStatus {
    var written = true
    if reports.requested {
        let options = reports.options(catalogue, colour: false)
        written = reports.write(console: console, catalogue: catalogue) {
            $0.generateReport(diagnostics: diagnostics, options: options)
        }
    } else {
        for diagnostic in diagnostics {
            console.line(catalogue.line(diagnostic))
        }
    }
    let errors = diagnostics.errorCount
    let warnings = diagnostics.warningCount
    console.note(catalogue.notice(summary(errors, warnings)))
    return !written || errors > 0 || (strict && warnings > 0) ? .invalidInput : .success
}

/// Tells the user, on standard error, that some packs did not load; invalid input exits 2.
func reportLoadErrors(_ ruleSet: RuleSet, console: Console, catalogue: any Catalogue) -> ExitStatus {
    let errors = ruleSet.diagnostics.errorCount
    guard errors > 0 else { return .success }
    console.note(
        catalogue.notice(.packErrors(count: errors, path: ruleSet.diagnostics.first?.location.file ?? "Rules")))
    return .invalidInput
}
