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

            PostgreSQL's load is COPY … FROM STDIN blocks, for psql; DuckDB's and Spark's are \
            INSERT statements. With --csv FOLDER, each table's rows go to FOLDER/TABLE.csv and \
            the statements bulk-load those files (psql's \\copy, DuckDB's COPY, a Spark view).

            EXAMPLES:
              coopcheck sql load Samples/dak-nong-2025 | psql coopcheck
              coopcheck sql load --dialect duckdb --id lam-dong-2026 Samples/lam-dong-2026 > load.sql
              coopcheck sql load --dialect spark --csv /data/load/2025 /data/nop-bao-cao/2025 > load.sql
            """)

    @OptionGroup var dialect: DialectOption

    @Option(
        help: ArgumentHelp(
            "The submission's id in the tables (default: the folder's name).", valueName: "ID"))
    var id: String?

    @Option(
        help: ArgumentHelp(
            "Write each table's rows to FOLDER/TABLE.csv and print the statements that load them.",
            valueName: "FOLDER"))
    var csv: String?

    @Argument(help: ArgumentHelp("The submission folder.", valueName: "SUBMISSION"))
    var submission: String

    @OptionGroup var language: LanguageOption

    func run(console: Console) throws -> ExitStatus {
        let c = language.catalogue(console)
        let (loaded, report) = SubmissionReader.load(folder: submission)
        for diagnostic in report.diagnostics { console.note(c.line(diagnostic)) }
        guard let loaded else {
            console.note(c.notice(.submissionNotLoaded(submission)))
            return .invalidInput
        }
        let name = id ?? URL(fileURLWithPath: submission).standardizedFileURL.lastPathComponent
        let script = LoadScript(dialect: dialect.dialect)
        guard let csv else {
            console.out(script.statements(loaded, id: name))
            return .success
        }
        let folder = URL(fileURLWithPath: csv).standardizedFileURL
        let statements: String
        do {
            statements = try script.csv(loaded, id: name, into: folder)
        } catch {
            console.note(c.notice(.cannotWrite(file: folder.path, reason: (error as NSError).localizedDescription)))
            return .invalidInput
        }
        console.out(statements)
        return .success
    }
}
