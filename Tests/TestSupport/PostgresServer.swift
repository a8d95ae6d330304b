import Foundation

/// The private PostgreSQL server `Tests/Tools/postgres.sh start` runs for the tests (`make test`
/// starts and stops it): each test suite gets a database of its own on it.
public enum PostgresServer {
    /// The server's URL, or nil having printed why the database tests skip.
    public static func url() -> String? {
        if let url = ProcessInfo.processInfo.environment["COOPCHECK_TEST_DATABASE"], !url.isEmpty { return url }
        let state = TestPaths.root.appendingPathComponent(".build-postgres")
        if let url = try? String(contentsOf: state.appendingPathComponent("url"), encoding: .utf8) {
            return url.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let why =
            (try? String(contentsOf: state.appendingPathComponent("skip"), encoding: .utf8))?.trimmingCharacters(
                in: .whitespacesAndNewlines)
            ?? "no test server is running (make test starts one: Tests/Tools/postgres.sh start)"
        print("skipped: PostgreSQL is needed: \(why)")
        return nil
    }

    /// A new, empty database on the server, named after `name`; its URL, or nil having said why not.
    public static func freshDatabase(_ name: String) throws -> String? {
        guard let server = url() else { return nil }
        let database = "coopcheck_\(name)_\(UInt32.random(in: 0...UInt32.max))"
        _ = try psql(server, "CREATE DATABASE \(database);")
        return server.replacingOccurrences(
            of: #"/[^/?]*(\?|$)"#, with: "/\(database)$1", options: .regularExpression)
    }

    /// Runs a script through psql, stopping at its first error; what psql printed.
    @discardableResult
    public static func psql(_ url: String, _ script: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "-q", "-X", "-v", "ON_ERROR_STOP=1", "-d", url]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let writer = Thread {
            input.fileHandleForWriting.write(Data(script.utf8))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw PsqlError(output: text) }
        return text
    }

    public struct PsqlError: Error, CustomStringConvertible {
        public let output: String
        public var description: String { "psql failed: \(output)" }
    }
}
