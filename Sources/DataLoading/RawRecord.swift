import Diagnostics
import Foundation
import YAMLNodes

/// A record as read from a file, before typing: its cells by column name, each with its position.
public struct RawRecord: Sendable {
    public struct Cell: Sendable {
        public let column: String
        public let text: String
        public let position: SourcePosition
        /// A plain (unquoted) value of a YAML or JSON file: a number written there is a number in
        /// the file's own syntax (`12.345` is twelve and a bit), whatever the manifest's convention
        /// for numbers written as text.
        public var typed = false
    }

    public let cells: [Cell]
    /// Where the record starts.
    public let position: SourcePosition
}

/// Reads the records of a YAML or JSON data file (a list of mappings) through the libyaml layer.
enum TreeRecords {
    /// Calls `body` with every record of the file at `path`, in order.
    static func forEach(path: String, displayName: String, _ body: (RawRecord) -> Void) throws(LoadError) {
        let document: YAMLDocument
        do {
            document = try YAMLParser.parseFile(atPath: path, displayName: displayName)
        } catch {
            throw LoadError(
                error.diagnostics.first
                    ?? .error(at: SourcePosition(file: displayName, line: 1, column: 1), .data(.cannotOpen)))
        }
        guard let items = document.root.sequence else {
            throw LoadError(.error(at: document.root.location, .data(.notAListOfRecords)))
        }
        for item in items {
            guard let pairs = item.mapping else {
                throw LoadError(.error(at: item.location, .data(.recordNotMapping(found: item.kind))))
            }
            var cells: [RawRecord.Cell] = []
            for pair in pairs {
                guard let key = pair.key.scalar else {
                    throw LoadError(.error(at: pair.key.location, .data(.fieldNameNotText)))
                }
                guard let text = pair.value.scalar else {
                    throw LoadError(
                        .error(at: pair.value.location, .data(.fieldNotSingleValue(field: key, found: pair.value.kind)))
                    )
                }
                cells.append(
                    RawRecord.Cell(
                        column: key, text: pair.value.isNull ? "" : text, position: pair.value.location,
                        typed: pair.value.scalarStyle == .plain))
            }
            body(RawRecord(cells: cells, position: item.location))
        }
    }
}
