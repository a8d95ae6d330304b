import DataContract
import Diagnostics
import Expressions

/// Types the raw records of one file: maps its columns to contract fields (by field name,
/// Vietnamese label or the manifest's `columns`), decodes every cell and reports every problem.
struct RecordDecoder {
    let kind: DatasetKind
    let decoder: FieldDecoder
    private let mapping: [String: String]
    private var resolved: [String: Int?] = [:]
    private var reportedColumns: Set<String> = []
    private(set) var diagnostics: [Diagnostic] = []

    init(kind: DatasetKind, conventions: Conventions, columns: [String: String]) {
        self.kind = kind
        self.decoder = FieldDecoder(conventions: conventions)
        var mapping: [String: String] = [:]
        for field in kind.fields {
            mapping[field.name.lowercased()] = field.name
            mapping[field.label.lowercased()] = field.name
        }
        for (header, field) in columns { mapping[header.lowercased()] = field }
        self.mapping = mapping
    }

    mutating func takeDiagnostics() -> [Diagnostic] {
        defer { diagnostics.removeAll() }
        return diagnostics
    }

    /// The field index of a column, reporting (once per file) a column outside the contract.
    private mutating func fieldIndex(of cell: RawRecord.Cell) -> Int? {
        if let known = resolved[cell.column] { return known }
        let name = mapping[cell.column.trimmingCharacters(in: .whitespaces).lowercased()]
        let index = name.flatMap { kind.fieldIndex[$0] }
        resolved[cell.column] = index
        if index == nil, reportedColumns.insert(cell.column).inserted {
            let names = kind.fields.map(\.name)
            diagnostics.append(.warning(at: cell.position, "column '\(cell.column)' is not a field of '\(kind)' and is ignored\(Suggestions.didYouMean(cell.column, in: names)); map it under 'columns' in \(Manifest.fileName) if it is one"))
        }
        return index
    }

    /// Checks a CSV header before any row: duplicate columns and missing required fields.
    mutating func checkHeader(_ cells: [RawRecord.Cell]) -> Bool {
        var seen: [Int: SourcePosition] = [:]
        var ok = true
        for cell in cells {
            guard let index = fieldIndex(of: cell) else { continue }
            if let first = seen[index] {
                diagnostics.append(.error(at: cell.position, "column '\(cell.column)' is field '\(kind.fields[index].name)' again; it is already at \(first)"))
                ok = false
            }
            seen[index] = cell.position
        }
        for (index, field) in kind.fields.enumerated() where field.required && seen[index] == nil {
            diagnostics.append(.error(at: cells.first?.position ?? SourcePosition(file: "", line: 1, column: 1),
                                      "missing column for required field '\(field.name)' (\(field.label)); add it or map it under 'columns' in \(Manifest.fileName)"))
            ok = false
        }
        return ok
    }

    /// The typed record, or nil (with its problems reported) when any cell is invalid.
    mutating func decode(_ raw: RawRecord, checkRequired: Bool = true) -> Record? {
        let count = kind.fields.count
        var values = [Value](repeating: .null, count: count)
        var positions = [SourcePosition?](repeating: nil, count: count)
        var valid = true
        var unreadable = Set<Int>()
        for cell in raw.cells {
            guard let index = fieldIndex(of: cell) else { continue }
            let field = kind.fields[index]
            positions[index] = cell.position
            switch decoder.decode(cell.text, as: field.type) {
            case .success(let value):
                values[index] = value
            case .failure(let problem):
                diagnostics.append(.error(at: cell.position, "\(field.name): \(problem.message)"))
                unreadable.insert(index)
                valid = false
            }
        }
        if checkRequired {
            for (index, field) in kind.fields.enumerated() where field.required && values[index] == .null && !unreadable.contains(index) {
                diagnostics.append(.error(at: positions[index] ?? raw.position, "\(field.name) (\(field.label)) is required but empty"))
                valid = false
            }
        }
        return valid ? Record(kind: kind, values: values, positions: positions, position: raw.position) : nil
    }
}
