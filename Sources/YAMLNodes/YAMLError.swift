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
    case syntax(message: String, location: SourcePosition)
    case invalidUTF8(location: SourcePosition)
    case documentTooLarge(file: String, bytes: Int, limit: Int)
    case scalarTooLarge(location: SourcePosition, bytes: Int, limit: Int)
    case tooDeep(location: SourcePosition, limit: Int)
    case aliasExpansion(location: SourcePosition, limit: Int)
    case undefinedAlias(name: String, location: SourcePosition)
    case multipleDocuments(location: SourcePosition)
    case duplicateKeys([DuplicateKey])
    case unreadable(file: String, reason: String)

    /// The error as positioned messages, one per problem.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .syntax(let message, let location):
            return [.error(at: location, message)]
        case .invalidUTF8(let location):
            return [.error(at: location, "invalid UTF-8 byte sequence; save the file as UTF-8")]
        case .documentTooLarge(let file, let bytes, let limit):
            return [.error(at: SourcePosition(file: file, line: 1, column: 1),
                           "file is \(bytes) bytes, larger than the limit of \(limit) bytes")]
        case .scalarTooLarge(let location, let bytes, let limit):
            return [.error(at: location, "value is \(bytes) bytes long, longer than the limit of \(limit) bytes")]
        case .tooDeep(let location, let limit):
            return [.error(at: location, "nesting deeper than \(limit) levels; flatten the structure")]
        case .aliasExpansion(let location, let limit):
            return [.error(at: location,
                           "aliases expand the document beyond \(limit) nodes (a \"billion laughs\" document?); remove the nested aliases")]
        case .undefinedAlias(let name, let location):
            return [.error(at: location, "alias '*\(name)' refers to no anchor defined before it")]
        case .multipleDocuments(let location):
            return [.error(at: location, "a second YAML document starts here; a file must hold exactly one")]
        case .duplicateKeys(let duplicates):
            return duplicates.map {
                .error(at: $0.location,
                       "duplicate key '\($0.key)' (first defined at line \($0.firstLocation.line), column \($0.firstLocation.column)); remove one of them")
            }
        case .unreadable(let file, let reason):
            return [.error(at: SourcePosition(file: file, line: 1, column: 1), "cannot read file: \(reason)")]
        }
    }
}
