import ArgumentParser
import DataLoading
import Foundation
import Messages
import Warehouse

/// `coopcheck sql load`: the statements that put a submission into the tables.
struct SQLLoadCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Print the statements that load a validated submission into the tables of `sql schema`.",
        discussion: """
            The submission is read and validated as by `coopcheck validate`; an invalid one prints \
            its errors and exits 2, loading nothing. The statements replace whatever was loaded \
            under the same id before (in PostgreSQL and DuckDB, in one transaction), and keep each \
            record's reading order and source line.

            EXAMPLES:
              coopcheck sql load Samples/dak-nong-2025 | psql coopcheck
              coopcheck sql load --dialect duckdb --id lam-dong-2026 Samples/lam-dong-2026 > load.sql
            """)

    @OptionGroup var dialect: DialectOption

    @Option(
        help: ArgumentHelp(
            "The submission's id in the tables (default: the folder's name).", valueName: "ID"))
    var id: String?

    @Argument(help: ArgumentHelp("The submission folder.", valueName: "SUBMISSION"))
    var submission: String

    @OptionGroup var language: LanguageOption

    func run(console: Console) throws -> ExitStatus {
        let c = language.catalogue(console)
        let (loaded, report) = SubmissionReader.load(folder: submission)
        for diagnostic in report.diagnostics { console.note(c.line(diagnostic)) }
        guard let loaded else {
            console.note(c.notice(.submissionInvalid(submission)))
            return .invalidInput
        }
        let name = id ?? URL(fileURLWithPath: submission).standardizedFileURL.lastPathComponent
        console.out(LoadScript(dialect: dialect.dialect).statements(loaded, id: name))
        return .success
    }
}
