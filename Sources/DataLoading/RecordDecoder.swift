import DataContract
import Diagnostics
import Expressions

/// Types the raw records of one file: maps its columns to contract fields (by field name,
/// Vietnamese label or the manifest's `columns`), decodes every cell and reports every problem.
struct RecordDecoder {
    let kind: DatasetKind
    let decoder: FieldDecoder
    private var bytes: ByteDecoder
    /// Indices of the fields a record must have.
    private let required: [Int]
    private let mapping: [String: String]
    private var resolved: [String: Int?] = [:]
    private var reportedColumns: Set<String> = []
    private(set) var diagnostics: [Diagnostic] = []
    /// The contract field of each column of a CSV file, from its header.
    private var columnFields: [Int?] = []
    /// Each field as messages name it: by the header of the file's column for it, once the header
    /// is read, else as the manifest maps it or by its default Vietnamese header.
    private var names: [FieldName]
    /// The record being decoded, reused from one CSV row to the next.
    private(set) var record: Record
    /// Values a record takes when its file has no column for the field, or the cell is empty:
    /// the province of a province's submission, which every cooperative lies in.
    private var defaults: [(index: Int, value: Value)] = []

    init(
        kind: DatasetKind, conventions: Conventions, columns: [String: String], file: String = "",
        province: String? = nil
    ) {
        self.kind = kind
        if kind == .cooperatives, let province, let index = kind.fieldIndex["province"] {
            defaults = [(index, .string(province))]
        }
        self.decoder = FieldDecoder(conventions: conventions)
        bytes = ByteDecoder(kind: kind, decoder: decoder)
        required = kind.fields.indices.filter { kind.fields[$0].required }
        record = Record(kind: kind, file: file)
        let headers = ColumnHeaders(kind: kind, mapping: columns)
        names = kind.fields.map { headers.field($0.name) }
        var mapping: [String: String] = [:]
        for field in kind.fields {
            mapping[Self.headerKey(field.name)] = field.name
            mapping[Self.headerKey(field.label)] = field.name
        }
        for (header, field) in columns { mapping[Self.headerKey(header)] = field }
        self.mapping = mapping
    }

    /// A decoder for another core, with tables of its own (so the cores share no reference counts)
    /// and no problems yet.
    func forAnotherCore() -> RecordDecoder {
        var copy = self
        copy.bytes = ByteDecoder(kind: kind, decoder: decoder)
        copy.columnFields = columnFields.map { $0 }
        copy.record = Record(kind: kind, file: record.file, sheet: record.sheet)
        copy.diagnostics = []
        return copy
    }

    mutating func takeDiagnostics() -> [Diagnostic] {
        defer { diagnostics.removeAll() }
        return diagnostics
    }

    /// How a header is matched: ignoring case, surrounding spaces, invisible format characters
    /// (a zero-width space or a direction mark that a copy from a web page or a PDF leaves in
    /// `Mã HTX`), and how words are spaced — a line break typed in the cell (Alt+Enter in Excel:
    /// "Mã\nHTX") or two spaces are one space.
    static func headerKey(_ header: String) -> String {
        var visible = String.UnicodeScalarView()
        var space = false
        for scalar in header.unicodeScalars where scalar.properties.generalCategory != .format {
            if scalar.properties.isWhitespace {
                space = !visible.isEmpty
                continue
            }
            if space { visible.append(" ") }
            space = false
            visible.append(scalar)
        }
        return String(visible).lowercased()
    }

    /// The field index of a column, reporting (once per file) a column outside the contract.
    private mutating func fieldIndex(of cell: RawRecord.Cell) -> Int? {
        if let known = resolved[cell.column] { return known }
        let name = mapping[Self.headerKey(cell.column)]
        let index = name.flatMap { kind.fieldIndex[$0] }
        resolved[cell.column] = index
        if index == nil, reportedColumns.insert(cell.column).inserted {
            let suggestion = Suggestions.best(for: cell.column, in: kind.fields.map(\.name))
            diagnostics.append(
                .warning(
                    at: cell.position,
                    .data(.unknownColumn(cell.column, dataset: kind.rawValue, suggestion: suggestion))))
        }
        return index
    }

    /// Whether a row names a column for every required field: the header, and not a title above it.
    func namesEveryRequiredField(_ texts: [String]) -> Bool { headerFit(texts) != nil }

    /// How many fields a row's texts name, when they name every required one; nil otherwise.
    /// Which data set a header belongs to is the one it fits best.
    func headerFit(_ texts: [String]) -> Int? {
        let fields = Set(texts.compactMap { mapping[Self.headerKey($0)] })
        guard required.allSatisfy({ fields.contains(kind.fields[$0].name) || hasDefault($0) }) else { return nil }
        return fields.count
    }

    /// Checks a CSV header before any row: duplicate columns and missing required fields.
    mutating func checkHeader(_ cells: [RawRecord.Cell]) -> Bool {
        var seen: [Int: SourcePosition] = [:]
        var ok = true
        columnFields = cells.map { fieldIndex(of: $0) }
        for (cell, index) in zip(cells, columnFields) {
            guard let index else { continue }
            if let first = seen[index] {
                diagnostics.append(
                    .error(at: cell.position, .data(.duplicateColumn(cell.column, field: names[index], first: first))))
                ok = false
            } else {
                names[index] = FieldName(name: kind.fields[index].name, header: cell.column)
            }
            seen[index] = seen[index] ?? cell.position
        }
        for (index, field) in kind.fields.enumerated() where field.required && seen[index] == nil && !hasDefault(index)
        {
            diagnostics.append(
                .error(
                    at: cells.first?.position ?? SourcePosition(file: "", line: 1, column: 1),
                    .data(.missingColumn(names[index]))))
            ok = false
        }
        return ok
    }

    /// The typed record, or nil (with its problems reported) when any cell is invalid.
    mutating func decode(_ raw: RawRecord, checkRequired: Bool = true) -> Record? {
        var record = Record(kind: kind, file: raw.position.file, sheet: raw.position.sheet)
        record.start = Mark(raw.position)
        var valid = true
        var unreadable = Set<Int>()
        for cell in raw.cells {
            guard let index = fieldIndex(of: cell) else { continue }
            record.marks[index] = Mark(cell.position)
            switch cell.typed
                ? decoder.decodeTyped(cell.text, as: kind.fields[index].type)
                : decoder.decode(cell.text, as: kind.fields[index].type)
            {
            case .success(let value):
                record.values[index] = value
                if index == City.level, kind == .units, value == City.province { City.read(cell.text, into: &record) }
            case .failure(let problem):
                let field = FieldName(name: kind.fields[index].name, header: cell.column)
                diagnostics.append(.error(at: cell.position, .data(.cell(field, problem))))
                unreadable.insert(index)
                valid = false
            }
        }
        if kind == .units { City.place(&record) }
        Self.fill(&record, with: defaults, unreadable: unreadable)
        if checkRequired, !requiredPresent(record, unreadable: unreadable) { valid = false }
        return valid ? record : nil
    }

    /// Decodes the scanner's current row into `record`; false (with its problems reported) when
    /// any cell is invalid. The header must have been checked.
    mutating func decodeRow(_ scanner: CSVScanner) -> Bool {
        let line = scanner.recordLine
        record.start = Mark(line: line, column: 1)
        for i in record.values.indices {
            record.values[i] = .null
            record.marks[i] = .none
        }
        var valid = true
        var unreadable: Set<Int> = []
        for (column, field) in zip(columnFields, scanner.fields) {
            guard let index = column else { continue }
            record.marks[index] = Mark(line: line, column: field.column)
            let result =
                field.escaped
                ? decoder.decode(scanner.text(field), as: kind.fields[index].type)
                : bytes.decode(scanner.bytes(field), field: index)
            switch result {
            case .success(let value):
                record.values[index] = value
                if index == City.level, kind == .units, value == City.province {
                    City.read(scanner.text(field), into: &record)
                }
            case .failure(let problem):
                diagnostics.append(
                    .error(
                        at: SourcePosition(file: record.file, line: line, column: field.column),
                        .data(.cell(names[index], problem))))
                unreadable.insert(index)
                valid = false
            }
        }
        if kind == .units { City.place(&record) }
        let defaults = self.defaults
        Self.fill(&record, with: defaults, unreadable: unreadable)
        return requiredPresent(record, unreadable: unreadable) && valid
    }

    private func hasDefault(_ index: Int) -> Bool { defaults.contains { $0.index == index } }

    /// Gives each field with a default that has no value its default.
    private static func fill(_ record: inout Record, with defaults: [(index: Int, value: Value)], unreadable: Set<Int>)
    {
        for (index, value) in defaults where record.values[index] == .null && !unreadable.contains(index) {
            record.values[index] = value
        }
    }

    /// Whether every required field has a value, reporting each that is empty.
    private mutating func requiredPresent(_ record: Record, unreadable: Set<Int>) -> Bool {
        var ok = true
        for index in required where record.values[index] == .null && !unreadable.contains(index) {
            diagnostics.append(
                .error(
                    at: record.marks[index] == .none
                        ? record.position : record.marks[index].position(in: record.file, sheet: record.sheet),
                    .data(.requiredEmpty(names[index]))))
            ok = false
        }
        return ok
    }
}

/// A unit whose level is written as a bare "thành phố" (city): a province-level city when it has
/// no parent, a city within a province when it has one.
private enum City {
    static let level = DatasetKind.units.fieldIndex["level"]!
    static let parent = DatasetKind.units.fieldIndex["parent_code"]!
    static let province = Value.string(UnitLevel.province.rawValue)
    /// Marks a record whose level was the bare word, until `place` reads its parent.
    static let bare = Value.string("\u{0}city")

    static func read(_ text: String, into record: inout Record) {
        if EnumDomain.folded(text) == "thanh pho" { record.values[level] = bare }
    }

    static func place(_ record: inout Record) {
        guard record.values[level] == bare else { return }
        record.values[level] = record.values[parent] == .null ? province : .string(UnitLevel.district.rawValue)
    }
}
