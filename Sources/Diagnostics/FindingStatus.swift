/// The outcome of evaluating a rule for one group. The cases are declared worst first, the
/// order findings and scorecards are listed in everywhere: `allCases` is that order and `<`
/// compares by it (a violation sorts before a met target).
public enum FindingStatus: String, CaseIterable, Comparable, Sendable {
    case error
    case violated
    case atRisk = "at_risk"
    case noData = "no_data"
    case onTrack = "on_track"
    case notEffective = "not_effective"
    case met

    /// The position in the worst-first order.
    private var rank: Int {
        switch self {
        case .error: 0
        case .violated: 1
        case .atRisk: 2
        case .noData: 3
        case .onTrack: 4
        case .notEffective: 5
        case .met: 6
        }
    }

    public static func < (lhs: FindingStatus, rhs: FindingStatus) -> Bool { lhs.rank < rhs.rank }
}
