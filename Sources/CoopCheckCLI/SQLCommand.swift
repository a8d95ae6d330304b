import ArgumentParser
import Warehouse

/// `coopcheck sql`: the rule packs as SQL for a database that holds the submissions.
struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Rule packs as SQL: the queries of every rule's facts, the tables, and loads into them.",
        discussion: """
            The tables follow the data format: one per data set, one column per field, plus the \
            submission each row belongs to (docs/warehouse.md). `coopcheck check --database` runs \
            the same queries against PostgreSQL and makes the findings from what they return.

            EXAMPLES:
              coopcheck sql --dialect postgres > facts.sql           The queries of every pack.
              coopcheck sql schema --dialect duckdb                  CREATE TABLE statements.
              coopcheck sql load --dialect postgres Samples/dak-nong-2025 | psql coopcheck
            """,
        subcommands: [SQLQueriesCommand.self, SQLSchemaCommand.self, SQLLoadCommand.self],
        defaultSubcommand: SQLQueriesCommand.self)
}

extension Dialect: ExpressibleByArgument {}

/// The `--dialect` option of the `sql` commands.
struct DialectOption: ParsableArguments {
    @Option(help: "The SQL engine: postgres, duckdb or spark.")
    var dialect: Dialect = .postgres
}
