import Diagnostics
import Foundation

/// Where a PostgreSQL database is: `postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE`. The
/// password is never part of it: it comes from `PGPASSWORD` or a file, so it is not in a
/// command line that logs and process lists show.
public struct DatabaseAddress: Hashable, Sendable, CustomStringConvertible {
    public let host: String
    public let port: Int
    public let user: String
    public let database: String
    public let tls: TLSMode

    public enum TLSMode: String, Hashable, Sendable {
        case disable, prefer, require
    }

    /// Reads an address; `environment` gives the user (`PGUSER`, else `postgres`) when the
    /// address names none.
    public static func parse(_ text: String, environment: [String: String] = [:]) -> Result<Self, SourceProblem> {
        guard let parts = URLComponents(string: text), let scheme = parts.scheme,
            scheme == "postgresql" || scheme == "postgres", let host = parts.host, !host.isEmpty
        else { return .failure(.notADatabaseAddress(text)) }
        guard parts.password == nil else { return .failure(.passwordInAddress) }
        var tls = TLSMode.prefer
        for item in parts.queryItems ?? [] where item.name == "sslmode" {
            switch item.value ?? "" {
            case "disable": tls = .disable
            case "allow", "prefer": tls = .prefer
            case "require", "verify-ca", "verify-full": tls = .require
            case let other: return .failure(.unknownSSLMode(other))
            }
        }
        let path = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        let user = parts.user ?? environment["PGUSER"] ?? "postgres"
        // A loopback server is reached without TLS unless the address asks for it.
        if !(parts.queryItems ?? []).contains(where: { $0.name == "sslmode" }),
            ["127.0.0.1", "localhost", "::1"].contains(host)
        {
            tls = .disable
        }
        return .success(
            DatabaseAddress(
                host: host, port: parts.port ?? 5432, user: user, database: path.isEmpty ? user : path, tls: tls))
    }

    /// The address as it may be shown: it holds no password.
    public var description: String { "postgresql://\(user)@\(host):\(port)/\(database)" }
}
