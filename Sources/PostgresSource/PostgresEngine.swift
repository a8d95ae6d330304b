import Foundation
import Logging
import NIOSSL
import PostgresNIO
import Warehouse

/// A PostgreSQL server the fact queries run on, through PostgresNIO: one connection per batch,
/// the queries in order, every cell read as text.
public struct PostgresEngine: SQLEngine {
    public let address: DatabaseAddress
    /// From the environment (`PGPASSWORD`) or a file, never from the command line.
    let password: String?

    public init(address: DatabaseAddress, password: String?) {
        self.address = address
        self.password = password
    }

    public func run(_ queries: [String]) async throws(WarehouseError) -> [[[String?]]] {
        let logger = Logger(label: "coopcheck.postgres")
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(
                configuration: try configuration(), id: 1, logger: logger)
        } catch {
            throw .unreachable(reason: Self.reason(error))
        }
        var results: [[[String?]]] = []
        for sql in queries {
            do {
                results.append(try await Self.rows(sql, on: connection, logger: logger))
            } catch {
                try? await connection.close()
                throw .queryFailed(reason: Self.reason(error), query: sql)
            }
        }
        try? await connection.close()
        return results
    }

    private static func rows(_ sql: String, on connection: PostgresConnection, logger: Logger) async throws
        -> [[String?]]
    {
        var rows: [[String?]] = []
        for try await row in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger) {
            rows.append(try row.map { try $0.decode(String?.self) })
        }
        return rows
    }

    private func configuration() throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS
        switch address.tls {
        case .disable: tls = .disable
        case .prefer: tls = .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
        case .require: tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
        return PostgresConnection.Configuration(
            host: address.host, port: address.port, username: address.user, password: password,
            database: address.database, tls: tls)
    }

    /// What the server or the network said, without the credentials.
    static func reason(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            if let underlying = error.underlying { return "\(underlying)" }
            return "\(error.code)"
        }
        return "\(error)"
    }
}
