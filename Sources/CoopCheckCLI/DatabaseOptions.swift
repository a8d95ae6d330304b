import ArgumentParser
import Dispatch
import Evaluation
import Expressions
import Foundation
import Messages
import PostgresSource
import Rules
import Synchronization
import Warehouse

/// `--database`, `--source`, `--submission` and `--password-file`: submissions read from
/// PostgreSQL, their rules' facts computed there.
struct DatabaseOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Evaluate the submissions held in this PostgreSQL database (postgresql://USER@HOST:PORT/DB).",
            valueName: "URL"))
    var database: String?

    @Option(help: ArgumentHelp("With --database: only this submission (default: every one).", valueName: "ID"))
    var submission: String?

    @Option(
        name: .customLong("password-file"),
        help: ArgumentHelp(
            "With --database: a file whose first line is the password (default: $PGPASSWORD).", valueName: "FILE"))
    var passwordFile: String?

    @Option(
        help: ArgumentHelp(
            "A source configuration: the database and which of its tables hold the submissions.",
            valueName: "FILE"))
    var source: String?

    /// Whether the submissions come from a database.
    var isGiven: Bool { database != nil || source != nil }

    /// The options that mean something only with a database, and `--database`'s address.
    func check(_ c: any Catalogue) throws {
        if !isGiven {
            if submission != nil { throw c.usage(.needs(option: "--submission", other: "--database")) }
            if passwordFile != nil { throw c.usage(.needs(option: "--password-file", other: "--database")) }
        }
        _ = try commandLineAddress(c)
    }

    private func commandLineAddress(_ c: any Catalogue) throws -> DatabaseAddress? {
        guard let database else { return nil }
        switch DatabaseAddress.parse(database, environment: ProcessInfo.processInfo.environment) {
        case .success(let address): return address
        case .failure(let problem): throw c.usage(.database(problem))
        }
    }

    /// The database and its tables: `--database` over the source configuration's; nil having
    /// said why when the configuration is invalid or names no database.
    func connection(console: Console, catalogue c: any Catalogue) throws -> (DatabaseAddress, Layout)? {
        var layout = Layout.standard
        var address = try commandLineAddress(c)
        if let source {
            let (configuration, diagnostics) = SourceConfiguration.load(
                path: source, environment: ProcessInfo.processInfo.environment)
            for diagnostic in diagnostics { console.note(c.line(diagnostic)) }
            guard let configuration else { return nil }
            layout = configuration.layout
            address = address ?? configuration.database
        }
        guard let address else {
            console.note(c.notice(.usage(.noDatabase(source: source ?? ""))))
            return nil
        }
        return (address, layout)
    }

    /// Evaluates every submission asked for, or says on standard error why it cannot.
    func evaluate(
        _ address: DatabaseAddress, layout: Layout, packs: [RulePack], asOf: CivilDate?,
        include: @escaping @Sendable (Rule) -> Bool,
        console: Console, catalogue c: any Catalogue
    ) -> [EvaluationResult]? {
        let password: String?
        if let passwordFile {
            do {
                password = try String(contentsOfFile: passwordFile, encoding: .utf8).split(
                    separator: "\n", omittingEmptySubsequences: false
                ).first.map(String.init)
            } catch {
                console.note(c.notice(.cannotRead(file: passwordFile, reason: (error as NSError).localizedDescription)))
                return nil
            }
        } else {
            password = ProcessInfo.processInfo.environment["PGPASSWORD"]
        }
        let source = WarehouseSource(
            engine: PostgresEngine(address: address, password: password), dialect: .postgres, layout: layout)
        let only = submission
        let rules = packs.flatMap(\.rules).count
        let outcome = Self.wait { () async throws(WarehouseError) -> [EvaluationResult] in
            let submissions = try await source.submissions(only: only)
            var results: [EvaluationResult] = []
            for submission in submissions {
                console.progress(c.notice(.checking(submission: submission.id, rules: rules)))
                results.append(
                    try await source.evaluate(
                        packs: packs, submission, asOf: asOf, part: submissions.count > 1, include: include))
            }
            console.progress(nil)
            return results
        }
        switch outcome {
        case .success(let results): return results
        case .failure(let problem):
            console.progress(nil)
            console.note(c.notice(.database(address: address.description, problem: problem)))
            return nil
        }
    }

    /// Runs async work to its end from a command, which is synchronous.
    private static func wait<T: Sendable>(_ work: @escaping @Sendable () async throws(WarehouseError) -> T) -> Result<
        T, WarehouseError
    > {
        let outcome = Mutex<Result<T, WarehouseError>?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            let result: Result<T, WarehouseError>
            do throws(WarehouseError) { result = .success(try await work()) } catch { result = .failure(error) }
            outcome.withLock { $0 = result }
            done.signal()
        }
        done.wait()
        return outcome.withLock { $0! }
    }
}
