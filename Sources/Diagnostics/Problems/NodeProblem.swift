/// A YAML file that parses but whose keys and values are not what its format asks for.
public enum NodeProblem: Hashable, Sendable {
    case notAMapping(Subject, found: NodeKind)
    case keyNotText(in: Subject)
    case unknownKey(String, in: Subject, suggestion: String?)
    case notText(key: String, found: NodeKind)
    case empty(key: String)
    case missingKey(String, in: Subject)
    /// The version line (`coopcheck: 1`) a file must start with is missing.
    case missingFormatVersion(FormatKind, key: String, expected: Int)
    case unsupportedVersion(FormatKind, key: String, found: String, expected: Int)
    case notBool(key: String, found: Found)
    case notList(key: String, found: NodeKind)
    case notOneOf(key: String, found: String, choices: [String], suggestion: String?)
    case tagNotAllowed(String)
    /// A date key (`date`, `prepared_on`, `as_of`) that is not a date.
    case notADate(key: String, found: String)
}
