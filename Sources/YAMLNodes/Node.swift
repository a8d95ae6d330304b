import Diagnostics

/// How a scalar was written; quoted scalars are always strings, plain ones may be null, bool or a number.
public enum ScalarStyle: Hashable, Sendable {
    case plain, singleQuoted, doubleQuoted, literal, folded

    public var isQuoted: Bool { self == .singleQuoted || self == .doubleQuoted }
}

/// Block (`- a`) or flow (`[a, b]`) notation for a sequence or mapping.
public enum CollectionStyle: Hashable, Sendable {
    case block, flow
}

/// One node of a YAML document. Every node knows where it starts in its file, so that any
/// message about it can point at the line and column.
public struct Node: Sendable {
    public enum Content: Sendable {
        case scalar(String, ScalarStyle)
        case sequence([Node], CollectionStyle)
        case mapping([Pair], CollectionStyle)
    }

    /// A mapping entry; keys keep their own positions.
    public struct Pair: Sendable {
        public var key: Node
        public var value: Node

        public init(key: Node, value: Node) {
            self.key = key
            self.value = value
        }
    }

    public var content: Content
    /// The explicit tag, if one was written (`!!str` resolves to `tag:yaml.org,2002:str`).
    public var tag: String?
    public var location: SourcePosition
    /// Byte offsets of the node's first and one-past-last character in the source.
    public var byteRange: Range<Int>

    public init(content: Content, tag: String? = nil, location: SourcePosition, byteRange: Range<Int>) {
        self.content = content
        self.tag = tag
        self.location = location
        self.byteRange = byteRange
    }

    /// The scalar's text, or nil for a sequence or mapping.
    public var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    public var scalarStyle: ScalarStyle? {
        if case .scalar(_, let style) = content { return style }
        return nil
    }

    public var sequence: [Node]? {
        if case .sequence(let items, _) = content { return items }
        return nil
    }

    public var mapping: [Pair]? {
        if case .mapping(let pairs, _) = content { return pairs }
        return nil
    }

    /// The value of the first entry whose key is the scalar `key`.
    public subscript(key: String) -> Node? {
        mapping?.first { $0.key.scalar == key }?.value
    }

    /// What kind of node this is, for messages about a wrong one ("found a list").
    public var kind: NodeKind {
        switch content {
        case .scalar(_, let style): style == .plain && isNull ? .emptyValue : .singleValue
        case .sequence: .list
        case .mapping: .mapping
        }
    }
}
