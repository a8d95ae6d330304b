/// A database address that cannot be used, in `--database` or a source configuration.
public enum SourceProblem: Error, Hashable, Sendable {
    /// Not a `postgresql://USER@HOST:PORT/DATABASE` address.
    case notADatabaseAddress(String)
    /// A password written into the address, where logs and process lists show it.
    case passwordInAddress
    case unknownSSLMode(String)
}
