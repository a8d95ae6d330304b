import Diagnostics
import Foundation
import YAMLNodes

/// A record as read from a file, before typing: its cells by column name, each with its position.
public struct RawRecord: Sendable {
    public struct Cell: Sendable {
        public let column: String
        public let text: String
        public let position: SourcePosition
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
            throw LoadError(error.diagnostics.first ?? .error(at: SourcePosition(file: displayName, line: 1, column: 1), "cannot read the file"))
        }
        guard let items = document.root.sequence else {
            throw LoadError(.error(at: document.root.location, "a YAML or JSON data file must be a list of records, one mapping each"))
        }
        for item in items {
            guard let pairs = item.mapping else {
                throw LoadError(.error(at: item.location, "each record must be a mapping of field names to values, found \(item.kindDescription)"))
            }
            var cells: [RawRecord.Cell] = []
            for pair in pairs {
                guard let key = pair.key.scalar else {
                    throw LoadError(.error(at: pair.key.location, "field names must be plain text"))
                }
                guard let text = pair.value.scalar else {
                    throw LoadError(.error(at: pair.value.location, "field '\(key)' must be a single value, found \(pair.value.kindDescription)"))
                }
                cells.append(RawRecord.Cell(column: key, text: pair.value.isNull ? "" : text, position: pair.value.location))
            }
            body(RawRecord(cells: cells, position: item.location))
        }
    }
}
