import Diagnostics

/// Reads configuration-like YAML (rule packs, manifests) into typed values while collecting
/// every problem as a positioned diagnostic, so one run reports them all.
public struct NodeReader: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func error(_ node: Node, _ problem: Problem) {
        diagnostics.append(.error(at: node.location, problem))
    }

    public mutating func error(at position: SourcePosition, _ problem: Problem) {
        diagnostics.append(.error(at: position, problem))
    }

    public mutating func warning(_ node: Node, _ problem: Problem) {
        diagnostics.append(.warning(at: node.location, problem))
    }

    public mutating func append(contentsOf more: [Diagnostic]) {
        diagnostics.append(contentsOf: more)
    }

    /// The entries of a mapping; reports unknown keys (with a did-you-mean), non-text keys and
    /// explicit tags. `subject` names the mapping in messages ("rule 'X'", "document").
    public mutating func mapping(_ node: Node, what subject: Subject, allowedKeys: [String]) -> [String: Node]? {
        rejectTag(node)
        guard let pairs = node.mapping else {
            error(node, .node(.notAMapping(subject, found: node.kind)))
            return nil
        }
        var entries: [String: Node] = [:]
        for pair in pairs {
            rejectTag(pair.key)
            guard let key = pair.key.scalar, !pair.key.isNull else {
                error(pair.key, .node(.keyNotText(in: subject)))
                continue
            }
            if allowedKeys.contains(key) {
                entries[key] = pair.value
            } else {
                error(
                    pair.key,
                    .node(.unknownKey(key, in: subject, suggestion: Suggestions.best(for: key, in: allowedKeys))))
            }
        }
        return entries
    }

    /// Text, from any scalar; nil (with an error) for a collection or an empty value.
    public mutating func text(_ node: Node, key: String) -> String? {
        rejectTag(node)
        guard let value = node.scalar else {
            error(node, .node(.notText(key: key, found: node.kind)))
            return nil
        }
        guard !node.isNull, !value.trimmingWhitespace.isEmpty else {
            error(node, .node(.empty(key: key)))
            return nil
        }
        return value
    }

    /// A required text entry; reports the key as missing at the parent mapping.
    public mutating func requiredText(_ entries: [String: Node], _ key: String, in parent: Node, what subject: Subject)
        -> String?
    {
        guard let node = entries[key] else {
            error(parent, .node(.missingKey(key, in: subject)))
            return nil
        }
        return text(node, key: key)
    }

    /// The format-version entry a file starts with (`coopcheck_submission: 1`): reports it when it
    /// is missing or another version.
    public mutating func formatVersion(
        _ entries: [String: Node], key: String, expected: Int, format: FormatKind, in root: Node
    ) {
        guard let version = entries[key] else {
            error(root, .node(.missingFormatVersion(format, key: key, expected: expected)))
            return
        }
        if version.int != expected {
            let found = version.scalar ?? ""
            error(version, .node(.unsupportedVersion(format, key: key, found: found, expected: expected)))
        }
    }

    public mutating func bool(_ node: Node, key: String) -> Bool? {
        rejectTag(node)
        guard let value = node.bool else {
            error(node, .node(.notBool(key: key, found: node.scalar.map { .text($0) } ?? .node(node.kind))))
            return nil
        }
        return value
    }

    /// A list; a single value is not silently taken as a list of one.
    public mutating func list(_ node: Node, key: String) -> [Node]? {
        rejectTag(node)
        guard let items = node.sequence else {
            error(node, .node(.notList(key: key, found: node.kind)))
            return nil
        }
        return items
    }

    /// One of a fixed set of words, with a did-you-mean when it is none of them.
    public mutating func choice(_ node: Node, key: String, among choices: [String]) -> String? {
        guard let value = text(node, key: key) else { return nil }
        guard choices.contains(value) else {
            let suggestion = Suggestions.best(for: value, in: choices)
            error(node, .node(.notOneOf(key: key, found: value, choices: choices, suggestion: suggestion)))
            return nil
        }
        return value
    }

    /// Tags ask a YAML library to build arbitrary types; coopcheck's files are plain data.
    private mutating func rejectTag(_ node: Node) {
        guard let tag = node.tag, !Self.coreTags.contains(tag) else { return }
        error(node, .node(.tagNotAllowed(tag)))
    }

    private static let coreTags: Set<String> = [
        "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:bool",
        "tag:yaml.org,2002:null", "tag:yaml.org,2002:float", "tag:yaml.org,2002:map",
        "tag:yaml.org,2002:seq", "!",
    ]
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    public var trimmingWhitespace: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return self[first...last]
    }
}
