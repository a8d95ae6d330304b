/// The exit codes every coopcheck command uses.
public enum ExitStatus: Int32, Sendable {
    /// Everything checked, nothing to report.
    case success = 0
    /// The check ran and found violations (or failing examples) at or above the threshold.
    case findings = 1
    /// The input (rule packs, data, arguments) is invalid, or the usage is wrong.
    case invalidInput = 2
}
