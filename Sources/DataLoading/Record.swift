import DataContract
import Diagnostics
import Expressions

/// A typed record of a data set: one value per contract field (`null` when absent), and where
/// each was read from. Positions are kept packed, so a record costs two small arrays.
public struct Record: Sendable {
    public let kind: DatasetKind
    /// Values in the order of `kind.fields`.
    public internal(set) var values: [Value]
    /// Where each value was read from; `.none` for a field the file does not have.
    var marks: [Mark]
    /// The file the record was read from, as messages name it.
    public internal(set) var file: String
    /// The sheet of a workbook the record was read from; nil in a text file.
    public internal(set) var sheet: String?
    /// Where the record starts.
    var start: Mark

    init(kind: DatasetKind, file: String, sheet: String? = nil) {
        self.kind = kind
        values = Array(repeating: .null, count: kind.fields.count)
        marks = Array(repeating: .none, count: kind.fields.count)
        self.file = file
        self.sheet = sheet
        start = .none
    }

    /// A record read from elsewhere than a file of a submission (a database's row): its values in
    /// contract order, and where it is (a table, and the source line it was loaded from).
    public init(kind: DatasetKind, values: [Value], position: SourcePosition) {
        precondition(values.count == kind.fields.count, "a record has a value for every field of its data set")
        self.kind = kind
        self.values = values
        marks = Array(repeating: .none, count: kind.fields.count)
        file = position.file
        sheet = position.sheet
        start = Mark(position)
    }

    /// Where the record starts.
    public var position: SourcePosition { start.position(in: file, sheet: sheet) }

    /// The value of a field by name; `null` for a name outside the contract.
    public subscript(field: String) -> Value {
        kind.fieldIndex[field].map { values[$0] } ?? .null
    }

    /// Where a field's value was read from, or the record's start when the file lacks the field.
    public func position(of field: String) -> SourcePosition {
        guard let index = kind.fieldIndex[field], marks[index] != .none else { return position }
        return marks[index].position(in: file, sheet: sheet)
    }
}

/// A line and column in one word, for positions kept per value.
struct Mark: Hashable, Sendable {
    private let bits: UInt64

    static let none = Mark(bits: 0)

    private init(bits: UInt64) {
        self.bits = bits
    }

    init(line: Int, column: Int) {
        bits = UInt64(clamping: line) << 24 | UInt64(clamping: min(column, 0xFF_FFFF))
    }

    init(_ position: SourcePosition) {
        self.init(line: position.line, column: position.column)
    }

    var line: Int { Int(bits >> 24) }
    var column: Int { Int(bits & 0xFF_FFFF) }

    func position(in file: String, sheet: String? = nil) -> SourcePosition {
        SourcePosition(file: file, sheet: sheet, line: line, column: column)
    }
}

/// A submission read into memory for evaluation: its manifest and its valid records by data set.
public struct LoadedSubmission: Sendable {
    public let folder: String
    public let manifest: Manifest
    public let records: [DatasetKind: [Record]]

    public init(folder: String, manifest: Manifest, records: [DatasetKind: [Record]]) {
        self.folder = folder
        self.manifest = manifest
        self.records = records
    }

    /// Whether the submission has a file of this kind at all (possibly empty).
    public func has(_ kind: DatasetKind) -> Bool {
        manifest.files.contains { $0.kind == kind }
    }
}

extension SubmissionReader {
    /// Reads and validates a submission, keeping its records; nil when it has errors.
    public static func load(folder: String, displayName: String? = nil, options: ReadOptions = .init()) -> (
        LoadedSubmission?, ValidationReport
    ) {
        var manifest: Manifest?
        let (sink, report) = read(folder: folder, displayName: displayName, options: options) { read in
            manifest = read
            return CollectingSink()
        }
        guard report.isValid, let sink, let manifest else { return (nil, report) }
        return (LoadedSubmission(folder: displayName ?? folder, manifest: manifest, records: sink.records), report)
    }
}

/// Typed records from field-to-text rows written in a rule pack's examples: international
/// numbers (1500, 0.5), ISO dates, true/false; required fields may be left out.
public enum ExampleRecords {
    public static func decode(kind: DatasetKind, rows: [(fields: [String: String], position: SourcePosition)]) -> (
        [Record], [Diagnostic]
    ) {
        var conventions = Conventions()
        conventions.numbers = .international
        conventions.dates = .iso
        var decoder = RecordDecoder(kind: kind, conventions: conventions, columns: [:])
        var records: [Record] = []
        for row in rows {
            let cells = row.fields.sorted { $0.key < $1.key }.map {
                RawRecord.Cell(column: $0.key, text: $0.value, position: row.position)
            }
            if let record = decoder.decode(RawRecord(cells: cells, position: row.position), checkRequired: false) {
                records.append(record)
            }
        }
        return (records, decoder.takeDiagnostics())
    }
}
