/// How serious something is: a broken rule (with `--fail-on`, it decides the exit code) or a
/// problem in a user's input (errors make the input invalid, warnings do not).
public enum Severity: String, CaseIterable, Comparable, Hashable, Sendable {
    case error, warning, info

    private var rank: Int {
        switch self {
        case .error: 2
        case .warning: 1
        case .info: 0
        }
    }

    /// `info < warning < error`: the more serious compares greater.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
