/// A YAML file that cannot be read or parsed.
public enum YAMLProblem: Hashable, Sendable {
    /// libyaml rejected the text; `problem` and `context` are libyaml's own words.
    case syntax(problem: String, context: String?, contextLine: Int?, contextColumn: Int?)
    case invalidUTF8
    case documentTooLarge(bytes: Int, limit: Int)
    case scalarTooLarge(bytes: Int, limit: Int)
    case tooDeep(limit: Int)
    case aliasExpansion(limit: Int)
    case undefinedAlias(String)
    case multipleDocuments
    case duplicateKey(String, firstLine: Int, firstColumn: Int)
    case notRegularFile
    /// The system could not read the file; `reason` is the system's own words.
    case unreadable(reason: String)
}
