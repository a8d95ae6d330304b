import DataContract
import Diagnostics
import Expressions

/// A typed record of a data set: one value per contract field (`null` when absent), each with
/// the position it was read from.
public struct Record: Sendable {
    public let kind: DatasetKind
    /// Values in the order of `kind.fields`.
    public var values: [Value]
    /// Where each value was read from; nil for a field the file does not have.
    public var positions: [SourcePosition?]
    /// Where the record starts.
    public let position: SourcePosition

    /// The value of a field by name; `null` for a name outside the contract.
    public subscript(field: String) -> Value {
        kind.fieldIndex[field].map { values[$0] } ?? .null
    }

    /// Where a field's value was read from, or the record's start when the file lacks the field.
    public func position(of field: String) -> SourcePosition {
        kind.fieldIndex[field].flatMap { positions[$0] } ?? position
    }
}

extension Record: RecordAccessor {}

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
    public static func load(folder: String, displayName: String? = nil) -> (LoadedSubmission?, ValidationReport) {
        var manifest: Manifest?
        var records: [DatasetKind: [Record]] = [:]
        let report = read(folder: folder, displayName: displayName, onManifest: { manifest = $0 }, onRecord: { records[$0.kind, default: []].append($0) })
        guard report.isValid, let manifest else { return (nil, report) }
        return (LoadedSubmission(folder: displayName ?? folder, manifest: manifest, records: records), report)
    }
}

/// Typed records from field-to-text rows written in a rule pack's examples: international
/// numbers (1500, 0.5), ISO dates, true/false; required fields may be left out.
public enum ExampleRecords {
    public static func decode(kind: DatasetKind, rows: [(fields: [String: String], position: SourcePosition)]) -> ([Record], [Diagnostic]) {
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
