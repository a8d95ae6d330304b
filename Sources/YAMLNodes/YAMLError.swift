import Diagnostics

/// Bounds that keep parsing of untrusted YAML fast and small whatever the input.
public struct YAMLLimits: Hashable, Sendable {
    /// Largest accepted file, in bytes.
    public var maxDocumentBytes: Int
    /// Deepest accepted nesting of sequences and mappings.
    public var maxDepth: Int
    /// Most nodes the document may hold once every alias is expanded ("billion laughs" guard).
    public var maxExpandedNodes: Int
    /// Longest accepted scalar, in bytes.
    public var maxScalarBytes: Int

    public init(maxDocumentBytes: Int, maxDepth: Int, maxExpandedNodes: Int, maxScalarBytes: Int) {
        self.maxDocumentBytes = maxDocumentBytes
        self.maxDepth = maxDepth
        self.maxExpandedNodes = maxExpandedNodes
        self.maxScalarBytes = maxScalarBytes
    }

    /// Generous for rule packs and manifests, small enough that a hostile file is refused at once.
    public static let `default` = YAMLLimits(
        maxDocumentBytes: 64 << 20, maxDepth: 100, maxExpandedNodes: 1_000_000, maxScalarBytes: 1 << 20)
}

/// A duplicated mapping key and where it was first defined.
public struct DuplicateKey: Hashable, Sendable {
    public var key: String
    public var location: SourcePosition
    public var firstLocation: SourcePosition
}

/// Why a YAML file could not be read. Every case carries the position it is about.
public enum YAMLError: Error, Hashable, Sendable {
    /// libyaml rejected the text (bad indentation, unclosed quote, tab, …).
    /// libyaml's own words: the problem, and the construct it was reading with where that started.
    case syntax(problem: String, context: String?, contextLine: Int?, contextColumn: Int?, location: SourcePosition)
    case invalidUTF8(location: SourcePosition)
    case documentTooLarge(file: String, bytes: Int, limit: Int)
    case scalarTooLarge(location: SourcePosition, bytes: Int, limit: Int)
    case tooDeep(location: SourcePosition, limit: Int)
    case aliasExpansion(location: SourcePosition, limit: Int)
    case undefinedAlias(name: String, location: SourcePosition)
    case multipleDocuments(location: SourcePosition)
    case duplicateKeys([DuplicateKey])
    case notRegularFile(file: String)
    case unreadable(file: String, reason: String)

    /// The error as positioned problems, one per problem.
    public var diagnostics: [Diagnostic] {
        func at(_ file: String) -> SourcePosition { SourcePosition(file: file, line: 1, column: 1) }
        return switch self {
        case .syntax(let problem, let context, let contextLine, let contextColumn, let location):
            [
                .error(
                    at: location,
                    .yaml(
                        .syntax(
                            problem: problem, context: context,
                            contextLine: contextLine, contextColumn: contextColumn)))
            ]
        case .invalidUTF8(let location):
            [.error(at: location, .yaml(.invalidUTF8))]
        case .documentTooLarge(let file, let bytes, let limit):
            [.error(at: at(file), .yaml(.documentTooLarge(bytes: bytes, limit: limit)))]
        case .scalarTooLarge(let location, let bytes, let limit):
            [.error(at: location, .yaml(.scalarTooLarge(bytes: bytes, limit: limit)))]
        case .tooDeep(let location, let limit):
            [.error(at: location, .yaml(.tooDeep(limit: limit)))]
        case .aliasExpansion(let location, let limit):
            [.error(at: location, .yaml(.aliasExpansion(limit: limit)))]
        case .undefinedAlias(let name, let location):
            [.error(at: location, .yaml(.undefinedAlias(name)))]
        case .multipleDocuments(let location):
            [.error(at: location, .yaml(.multipleDocuments))]
        case .duplicateKeys(let duplicates):
            duplicates.map {
                .error(
                    at: $0.location,
                    .yaml(
                        .duplicateKey(
                            $0.key, firstLine: $0.firstLocation.line,
                            firstColumn: $0.firstLocation.column)))
            }
        case .notRegularFile(let file):
            [.error(at: at(file), .yaml(.notRegularFile))]
        case .unreadable(let file, let reason):
            [.error(at: at(file), .yaml(.unreadable(reason: reason)))]
        }
    }
}
