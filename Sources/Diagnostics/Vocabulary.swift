/// The tiers of administrative units (and the agencies beside them) a submission's `units` file
/// describes, that reports are owed by and coverage targets count.
public enum UnitLevel: String, CaseIterable, Hashable, Sendable {
    case province, district, commune, agency

    /// The levels `coverage(…)` may count: those a cooperative's record names.
    public static let coverable: [UnitLevel] = [.province, .district, .commune]
}

/// The state of a cooperative in the register.
public enum CooperativeStatus: String, CaseIterable, Hashable, Sendable {
    case active, stopped, dissolved
}

/// The state of a task in the task register.
public enum TaskStatus: String, CaseIterable, Hashable, Sendable {
    case done
    case inProgress = "in_progress"
    case notStarted = "not_started"
}
