/// The outcome of evaluating a rule for one group. The cases are declared worst first, the
/// order findings and scorecards are listed in everywhere: `allCases` is that order and `<`
/// compares by it (a violation sorts before a met target).
public enum FindingStatus: String, CaseIterable, Comparable, Sendable {
    case error
    case violated
    case atRisk = "at_risk"
    case noData = "no_data"
    /// Not due yet and not met, with no trend to judge it by: a stock whose size at the
    /// programme's start is unknown.
    case pending
    case onTrack = "on_track"
    case notEffective = "not_effective"
    /// Owed by nobody here any more: the unit that owed it had ceased when it fell due (a
    /// district after 30/6/2025), or it fell due before the province merged into this one.
    case notOwed = "not_owed"
    case met
    /// A province's part of a national target: shown to it, never judged.
    case contribution

    /// The position in the worst-first order.
    private var rank: Int {
        switch self {
        case .error: 0
        case .violated: 1
        case .atRisk: 2
        case .noData: 3
        case .pending: 4
        case .onTrack: 5
        case .notEffective: 6
        case .notOwed: 7
        case .met: 8
        case .contribution: 9
        }
    }

    public static func < (lhs: FindingStatus, rhs: FindingStatus) -> Bool { lhs.rank < rhs.rank }
}
