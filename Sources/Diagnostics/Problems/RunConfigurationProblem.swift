/// A run configuration (`coopcheck run --config`) that cannot be used.
public enum RunConfigurationProblem: Hashable, Sendable {
    case noConfiguration
    case duplicateSubmissionName(String, first: String, second: String)
    case reservedSubmissionName(String)
    case badAsOf(String, suggestion: String?)
    case missingOutputDirectory
    case formatTwice(String)
    case noFormats(known: [String])
    case emptyPathList(key: String)
    /// A province listed twice in `expected_provinces`.
    case provinceTwice(String)
    /// An expected province (`expected_provinces`) for which no submission came.
    case notSubmitted(province: String)
}
