import Diagnostics
import Rules

/// Prints diagnostics one per line on standard output, then a summary on standard error, and
/// returns the exit status: invalid input when there are errors (or warnings, with `strict`).
func printDiagnostics(_ diagnostics: [Diagnostic], strict: Bool, console: Console, checked: String, clean: String) -> ExitStatus {
    for diagnostic in diagnostics {
        console.line(diagnostic.description)
    }
    let errors = diagnostics.errorCount
    let warnings = diagnostics.warningCount
    console.note("coopcheck: \(checked): " + (errors + warnings == 0 ? clean : "\(count(errors, "error")), \(count(warnings, "warning"))"))
    return errors > 0 || (strict && warnings > 0) ? .invalidInput : .success
}

/// "1 error", "2 errors".
func count(_ n: Int, _ noun: String) -> String {
    counted(n, noun)
}

/// "; did you mean 'x'?" when a close match exists.
func suggestion(_ word: String, among candidates: [String]) -> String {
    Suggestions.didYouMean(word, in: candidates)
}

/// Tells the user, on standard error, that some packs did not load; invalid input exits 2.
func reportLoadErrors(_ ruleSet: RuleSet, console: Console) -> ExitStatus {
    let errors = ruleSet.diagnostics.errorCount
    guard errors > 0 else { return .success }
    console.note("error: the rule packs have \(count(errors, "error")); run 'coopcheck rules lint \(ruleSet.diagnostics.first?.location.file ?? "Rules")' to see them")
    return .invalidInput
}
