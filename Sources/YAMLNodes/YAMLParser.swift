import Diagnostics
import Foundation

/// A parsed YAML file: its single document and the source it came from.
public struct YAMLDocument: Sendable {
    public let root: Node
    public let source: SourceText

    public var file: String { source.file }
}

/// Turns YAML text into a tree of ``Node``s through the system libyaml, within ``YAMLLimits``.
///
/// Aliases are expanded (sharing storage), and the expanded size is counted as the tree is
/// built, so a "billion laughs" file is refused after at most `maxExpandedNodes` steps.
public enum YAMLParser {
    /// Reads and parses a file that must hold exactly one document.
    public static func parseFile(
        atPath path: String, displayName: String? = nil,
        limits: YAMLLimits = .default
    ) throws(YAMLError) -> YAMLDocument {
        let name = displayName ?? path
        let bytes: [UInt8]
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if let size = attributes[.size] as? Int, size > limits.maxDocumentBytes {
                throw YAMLError.documentTooLarge(file: name, bytes: size, limit: limits.maxDocumentBytes)
            }
            if let type = attributes[.type] as? FileAttributeType, type != .typeRegular {
                throw YAMLError.notRegularFile(file: name)
            }
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch let error as YAMLError {
            throw error
        } catch {
            throw .unreadable(file: name, reason: (error as NSError).localizedDescription)
        }
        return try parse(bytes: bytes, file: name, limits: limits)
    }

    /// Parses text that must hold exactly one document (an empty text is a null document).
    public static func parse(_ text: String, file: String, limits: YAMLLimits = .default) throws(YAMLError)
        -> YAMLDocument
    {
        try parse(bytes: Array(text.utf8), file: file, limits: limits)
    }

    public static func parse(bytes: [UInt8], file: String, limits: YAMLLimits = .default) throws(YAMLError)
        -> YAMLDocument
    {
        let documents = try parseStream(bytes: bytes, file: file, limits: limits, maxDocuments: 1)
        let source = SourceText(file: file, bytes: bytes)
        let root =
            documents.first
            ?? Node(
                content: .scalar("", .plain),
                location: SourcePosition(file: file, line: 1, column: 1), byteRange: 0..<0)
        return YAMLDocument(root: root, source: source)
    }

    /// Parses every document of a stream; more than `maxDocuments` is an error.
    public static func parseStream(
        bytes: [UInt8], file: String, limits: YAMLLimits = .default,
        maxDocuments: Int = .max
    ) throws(YAMLError) -> [Node] {
        guard bytes.count <= limits.maxDocumentBytes else {
            throw .documentTooLarge(file: file, bytes: bytes.count, limit: limits.maxDocumentBytes)
        }
        let source = SourceText(file: file, bytes: bytes)
        if let bad = source.firstInvalidUTF8Offset() {
            throw .invalidUTF8(location: source.location(ofByte: bad))
        }
        var builder = TreeBuilder(source: source, limits: limits)
        let reader = EventReader(bytes: bytes)
        var documents: [Node] = []
        do {
            while let event = try reader.next() {
                if case .documentStart(let mark) = event, documents.count == maxDocuments {
                    throw YAMLError.multipleDocuments(location: builder.location(mark))
                }
                if let document = try builder.consume(event) {
                    documents.append(document)
                }
            }
        } catch let failure as LibYAMLFailure {
            let location = failure.mark.map(builder.location) ?? source.location(ofByte: failure.byteOffset ?? 0)
            throw .syntax(
                problem: failure.problem, context: failure.context, contextLine: failure.contextLine,
                contextColumn: failure.contextColumn, location: location)
        } catch let error as YAMLError {
            throw error
        } catch {
            throw .syntax(
                problem: "\(error)", context: nil, contextLine: nil, contextColumn: nil,
                location: SourcePosition(file: file, line: 1, column: 1))
        }
        if !builder.duplicates.isEmpty {
            throw .duplicateKeys(builder.duplicates)
        }
        return documents
    }
}

/// Assembles nodes from events with an explicit stack, so nesting depth never touches the
/// call stack. Frames are mutated in place so that appending stays O(1).
private struct TreeBuilder {
    private struct Frame {
        var isMapping: Bool
        var items: [Node] = []
        var pairs: [Node.Pair] = []
        var pendingKey: Node?
        var seenKeys: [String: SourcePosition] = [:]
        var style: CollectionStyle
        var anchor: String?
        var tag: String?
        var start: Event.Mark
        var weight = 1
    }

    let source: SourceText
    var file: String { source.file }
    let limits: YAMLLimits
    private var stack: [Frame] = []
    /// Anchored nodes with their expanded size.
    private var anchors: [String: (node: Node, weight: Int)] = [:]
    private var expandedNodes = 0
    private var documentRoot: Node?
    private(set) var duplicates: [DuplicateKey] = []

    init(source: SourceText, limits: YAMLLimits) {
        self.source = source
        self.limits = limits
    }

    func location(_ mark: Event.Mark) -> SourcePosition {
        SourcePosition(file: file, line: mark.line + 1, column: mark.column + 1)
    }

    /// The bytes between two marks.
    func byteRange(_ start: Event.Mark, _ end: Event.Mark) -> Range<Int> {
        let from = source.byteOffset(line: start.line, column: start.column)
        return from..<max(from, source.byteOffset(line: end.line, column: end.column))
    }

    /// Feeds one event; returns a document's root when the document ends.
    mutating func consume(_ event: Event) throws(YAMLError) -> Node? {
        switch event {
        case .streamStart, .streamEnd:
            return nil
        case .documentStart:
            anchors = [:]
            documentRoot = nil
            return nil
        case .documentEnd:
            defer { documentRoot = nil }
            return documentRoot
        case .alias(let name, let start, _):
            guard let anchored = anchors[name] else {
                throw .undefinedAlias(name: name, location: location(start))
            }
            try count(anchored.weight, at: start)
            add(anchored.node, weight: anchored.weight)
        case .scalar(let value, let byteLength, let anchor, let tag, let style, let start, let end):
            guard byteLength <= limits.maxScalarBytes else {
                throw .scalarTooLarge(location: location(start), bytes: byteLength, limit: limits.maxScalarBytes)
            }
            let node = Node(
                content: .scalar(value, style), tag: tag, location: location(start), byteRange: byteRange(start, end))
            if let anchor { anchors[anchor] = (node, 1) }
            add(node, weight: 1)
        case .sequenceStart(let anchor, let tag, let style, let start):
            try push(Frame(isMapping: false, style: style, anchor: anchor, tag: tag, start: start))
        case .mappingStart(let anchor, let tag, let style, let start):
            try push(Frame(isMapping: true, style: style, anchor: anchor, tag: tag, start: start))
        case .sequenceEnd(let end), .mappingEnd(let end):
            guard let frame = stack.popLast() else { return nil }
            let content: Node.Content =
                frame.isMapping
                ? .mapping(frame.pairs, frame.style) : .sequence(frame.items, frame.style)
            let node = Node(
                content: content, tag: frame.tag, location: location(frame.start),
                byteRange: byteRange(frame.start, end))
            if let anchor = frame.anchor { anchors[anchor] = (node, frame.weight) }
            add(node, weight: frame.weight)
        }
        return nil
    }

    private mutating func push(_ frame: Frame) throws(YAMLError) {
        guard stack.count < limits.maxDepth else {
            throw .tooDeep(location: location(frame.start), limit: limits.maxDepth)
        }
        stack.append(frame)
    }

    /// Counts the nodes aliases add; the nodes written out are bounded by the file's size.
    private mutating func count(_ nodes: Int, at mark: Event.Mark) throws(YAMLError) {
        expandedNodes += nodes
        if expandedNodes > limits.maxExpandedNodes {
            throw .aliasExpansion(location: location(mark), limit: limits.maxExpandedNodes)
        }
    }

    /// Attaches a finished node to the collection being built, or makes it the document root.
    private mutating func add(_ node: Node, weight: Int) {
        guard !stack.isEmpty else {
            documentRoot = node
            return
        }
        let top = stack.count - 1
        stack[top].weight += weight
        guard stack[top].isMapping else {
            stack[top].items.append(node)
            return
        }
        if let key = stack[top].pendingKey {
            stack[top].pairs.append(Node.Pair(key: key, value: node))
            stack[top].pendingKey = nil
            return
        }
        if let text = node.scalar {
            if let first = stack[top].seenKeys[text] {
                duplicates.append(DuplicateKey(key: text, location: node.location, firstLocation: first))
            } else {
                stack[top].seenKeys[text] = node.location
            }
        }
        stack[top].pendingKey = node
    }
}
