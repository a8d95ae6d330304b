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

/// `--database`, `--submission` and `--password-file`: submissions read from PostgreSQL, their
/// rules' facts computed there.
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

    /// The address, or the usage error it is.
    func address(_ c: any Catalogue) throws -> DatabaseAddress? {
        guard let database else {
            if submission != nil { throw c.usage(.needs(option: "--submission", other: "--database")) }
            if passwordFile != nil { throw c.usage(.needs(option: "--password-file", other: "--database")) }
            return nil
        }
        switch DatabaseAddress.parse(database, environment: ProcessInfo.processInfo.environment) {
        case .success(let address): return address
        case .failure(.notAnAddress): throw c.usage(.notADatabaseAddress(database))
        case .failure(.passwordInAddress): throw c.usage(.passwordInAddress)
        case .failure(.unknownSSLMode(let mode)): throw c.usage(.unknownSSLMode(mode))
        }
    }

    /// Evaluates every submission asked for, or says on standard error why it cannot.
    func evaluate(
        _ address: DatabaseAddress, packs: [RulePack], asOf: CivilDate?, include: @escaping @Sendable (Rule) -> Bool,
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
        let source = WarehouseSource(engine: PostgresEngine(address: address, password: password), dialect: .postgres)
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
