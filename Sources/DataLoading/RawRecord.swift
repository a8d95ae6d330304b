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

/// Reads the records of one data file, whatever its format, one at a time.
enum RecordSource {
    /// Calls `body` with every record of the file at `path`, in order. CSV is streamed; YAML
    /// and JSON (a list of mappings) are read whole through the libyaml layer.
    static func forEachRecord(path: String, displayName: String, delimiter: UInt8?,
                              header: (([RawRecord.Cell]) -> Void)? = nil,
                              _ body: (RawRecord) -> Void) throws(LoadError) {
        switch (path as NSString).pathExtension.lowercased() {
        case "csv", "txt", "tsv":
            try csvRecords(path: path, displayName: displayName, delimiter: delimiter, header: header, body)
        case "yaml", "yml", "json":
            try treeRecords(path: path, displayName: displayName, body)
        default:
            throw LoadError(.error(at: SourcePosition(file: displayName, line: 1, column: 1),
                                   "unknown file type; data files are .csv, .yaml, .yml or .json"))
        }
    }

    private static func csvRecords(path: String, displayName: String, delimiter: UInt8?,
                                   header: (([RawRecord.Cell]) -> Void)?, _ body: (RawRecord) -> Void) throws(LoadError) {
        var reader = try CSVReader(path: path, displayName: displayName, delimiter: delimiter)
        guard let headerRow = try reader.next() else {
            throw LoadError(.error(at: SourcePosition(file: displayName, line: 1, column: 1), "the file is empty; it needs a header line"))
        }
        let names = headerRow.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        let headerCells = zip(names, headerRow.columns).map {
            RawRecord.Cell(column: $0, text: $0, position: SourcePosition(file: displayName, line: headerRow.line, column: $1))
        }
        header?(headerCells)
        while let row = try reader.next() {
            let start = SourcePosition(file: displayName, line: row.line, column: 1)
            guard row.fields.count == names.count else {
                throw LoadError(.error(at: start, "this row has \(row.fields.count) fields but the header has \(names.count); check the delimiter ('\(Character(Unicode.Scalar(reader.delimiter)))') and quotes"))
            }
            let cells = (0..<names.count).map {
                RawRecord.Cell(column: names[$0], text: row.fields[$0],
                               position: SourcePosition(file: displayName, line: row.line, column: row.columns[$0]))
            }
            body(RawRecord(cells: cells, position: start))
        }
    }

    private static func treeRecords(path: String, displayName: String, _ body: (RawRecord) -> Void) throws(LoadError) {
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
