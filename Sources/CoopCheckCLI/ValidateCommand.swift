import ArgumentParser
import DataLoading
import Messages
import Rules

/// `coopcheck validate`: checks a submission before it is sent.
struct ValidateCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a submission folder or workbook: its manifest, every file and every record.",
        discussion: """
            Reads submission.yaml and every data file it lists (Excel .xlsx, CSV, YAML or JSON), and \
            checks types, required fields, enumerations, duplicate ids, references to the units file \
            and the consistency of each record. Every problem is printed as \
            `file:line:column: error|warning: message` (in a workbook `file:Sheet!B12: …`), then a \
            summary on standard error. Large CSV files are streamed.

            A workbook (.xlsx) may stand for a whole submission: each sheet is a data set by its \
            name (Hợp tác xã, Đơn vị, Chỉ tiêu, Báo cáo, Nhiệm vụ, or the English names) or its \
            header, and --province and --period (or a sheet named 'submission') say what the \
            manifest would.

            With --format (and --output), the problems are written as a report too: SARIF results \
            and GitHub annotations at their lines, JUnit failures, CSV and Markdown rows, JSON.

            Exit codes: 0 when the submission is valid (warnings allowed), 2 when it is not.

            EXAMPLES:
              coopcheck validate                          Validate the sample Samples/dak-nong-2025.
              coopcheck validate ~/nop-bao-cao/2025       Validate your own submission folder.
              coopcheck validate --strict Samples/national-2025
              coopcheck validate so-lieu-2025.xlsx --province 67 --period 2025
              coopcheck validate --format sarif --output validate.sarif ~/nop-bao-cao/2025
            """)

    @Argument(
        help: ArgumentHelp(
            "The submission folder (holding submission.yaml), or a workbook (.xlsx).", valueName: "SUBMISSION"))
    var folder: String = "Samples/dak-nong-2025"

    @OptionGroup(title: "A workbook without a manifest") var facts: SubmissionFactsOptions

    @Flag(help: "Fail (exit 2) on warnings as well as errors.")
    var strict = false

    @OptionGroup var rules: RulePathOptions

    @OptionGroup var jobs: JobsOption

    @OptionGroup(title: "Reports") var reports: ReportOutputOptions

    @OptionGroup var language: LanguageOption

    func validate() throws { try reports.check(language.usage) }

    func run(console: Console) throws -> ExitStatus {
        let c = language.catalogue(console)
        // The packs say which indicators, reports and tasks count: a record naming another is warned.
        guard let ruleSet = rules.loadValid(console: console, catalogue: c) else { return .invalidInput }
        let report = SubmissionReader.read(
            .at(folder, facts: facts.facts), options: ReadOptions(workers: jobs.count, known: ruleSet.knownIdentifiers))
        return printDiagnostics(report.diagnostics, strict: strict, reports: reports, console: console, catalogue: c) {
            .validationSummary(
                files: report.fileCount, records: report.recordCount, rejected: report.rejectedCount,
                errors: $0, warnings: $1)
        }
    }
}
