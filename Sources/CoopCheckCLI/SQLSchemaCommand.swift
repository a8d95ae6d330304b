import ArgumentParser
import Warehouse

/// `coopcheck sql schema`: the tables submissions are kept in.
struct SQLSchemaCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the CREATE TABLE statements of the tables that hold submissions.",
        discussion: """
            One table per data set (cooperatives, units, indicators, reports, tasks), one column \
            per field of the data format, plus 'submission', 'source_row' and 'source_line'; and \
            coopcheck_submissions, one row per submission with its manifest's facts.

            EXAMPLES:
              coopcheck sql schema --dialect postgres | psql coopcheck
              coopcheck sql schema --dialect spark > tables.sql
            """)

    @OptionGroup var dialect: DialectOption

    func run(console: Console) throws -> ExitStatus {
        console.out(Layout.standard.schema(dialect.dialect))
        return .success
    }
}
