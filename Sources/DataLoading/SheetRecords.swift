import DataContract
import Diagnostics
import Expressions
import Workbooks

/// Reads the records of one sheet of a workbook as the rows of a CSV file are read: title rows
/// above the header skipped (a note says where the header is), blank and totals rows skipped
/// and counted, every cell typed from the value the workbook stores. Positions are cells
/// (`Hợp tác xã!B12`).
enum SheetRecords {
    static func read<Sink>(
        _ sheet: Workbook.Sheet, file: String, decoder: RecordDecoder, into state: inout SubmissionReader.Part<Sink>
    ) throws(LoadError) {
        var decoder = decoder
        func at(_ row: Int, _ column: Int) -> SourcePosition {
            SourcePosition(file: file, sheet: sheet.name, line: row, column: column)
        }
        guard !sheet.rows.isEmpty else { throw LoadError(.error(at: at(1, 1), .data(.emptyFile))) }
        let probe = sheet.rows.prefix(10).map { headerTexts($0, of: sheet) }
        let headerIndex = probe.indices.first { decoder.namesEveryRequiredField(probe[$0]) } ?? 0
        let headerRow = sheet.rows[headerIndex]
        if headerIndex > 0 {
            state.checker.diagnostics.append(
                .info(
                    at: at(1, 1), .data(.titleRowsSkipped(count: headerRow.number - 1, headerLine: headerRow.number))))
        }
        defer {
            state.checker.diagnostics += decoder.takeDiagnostics()
            state.checker.diagnostics += state.skipped.takeDiagnostics(file: file, sheet: sheet.name)
        }
        // The header's named columns; a cell in any other column is not read, and is said so.
        var header: [Int: RawRecord.Cell] = [:]
        for (offset, text) in probe[headerIndex].enumerated() {
            let name = text.trimmingCharacters(in: .whitespaces)
            if !name.isEmpty {
                header[offset + 1] = RawRecord.Cell(
                    column: name, text: name, position: at(headerRow.number, offset + 1))
            }
        }
        let headerOK = decoder.checkHeader(header.keys.sorted().map { header[$0]! })
        let headerProblems = decoder.takeDiagnostics()
        state.checker.diagnostics += headerProblems
        if !headerOK, let cause = headerProblems.sortedForOutput().first(where: { $0.severity == .error }) {
            state.checker.diagnostics.append(.error(at: cause.location, .data(.headerInvalid)))
        }
        let columns = header.keys.sorted().map { ($0, header[$0]!.column) }
        var unheaded: Set<Int> = []
        var previous = headerRow.number
        for row in sheet.rows[(headerIndex + 1)...] {
            // Rows the workbook leaves out between two rows are blank rows too.
            for blank in (previous + 1)..<max(previous + 1, row.number) { state.skipped.blank(at: blank) }
            previous = row.number
            let filled = row.cells.filter { !$0.value.text.trimmingCharacters(in: .whitespaces).isEmpty }
            guard let first = filled.first else {
                state.skipped.blank(at: row.number)
                continue
            }
            if case .text(let label) = first.value, CSVRows.isTotalsLabel(label) {
                state.skipped.totals(at: at(row.number, first.address.column))
                continue
            }
            state.records += 1
            guard headerOK else {
                state.rejected += 1
                continue
            }
            var values: [Int: CellValue] = [:]
            var spoilt = false
            for cell in filled {
                let position = at(row.number, cell.address.column)
                guard header[cell.address.column] != nil else {
                    if unheaded.insert(cell.address.column).inserted {
                        state.checker.diagnostics.append(.warning(at: position, .data(.valueWithoutHeader)))
                    }
                    continue
                }
                if case .error(let shown) = cell.value {
                    state.checker.diagnostics.append(.error(at: position, .data(.cellError(shown))))
                    spoilt = true
                }
                values[cell.address.column] = cell.value
            }
            // Every column of the header, an empty cell as empty text: a blank check-mark is a no.
            let cells = columns.map { column, name in
                RawRecord.Cell(
                    column: name, text: values[column]?.text ?? "", position: at(row.number, column),
                    typed: values[column]?.isTyped ?? false)
            }
            guard !spoilt, let record = decoder.decode(RawRecord(cells: cells, position: at(row.number, 1))) else {
                state.rejected += 1
                continue
            }
            state.take(record)
        }
    }

    /// A row's texts from column A to its last cell, as a header reads them: an empty cell that a
    /// merged range covers takes the text of the range's first cell ("Mã HTX" over two rows).
    static func headerTexts(_ row: Workbook.Row, of sheet: Workbook.Sheet) -> [String] {
        let merged = sheet.merged.filter { ($0.lowerBound.row...$0.upperBound.row).contains(row.number) }
        let last = max(row.cells.last?.address.column ?? 0, merged.map(\.upperBound.column).max() ?? 0)
        guard last > 0 else { return [] }
        var texts = Array(repeating: "", count: last)
        for cell in row.cells { texts[cell.address.column - 1] = cell.value.text }
        for column in 1...last where texts[column - 1].isEmpty {
            let address = CellAddress(column: column, row: row.number)
            if let range = sheet.mergedRange(covering: address), let origin = sheet.value(at: range.lowerBound) {
                texts[column - 1] = origin.text
            }
        }
        return texts
    }
}

extension Workbook.Sheet {
    /// The value of a cell, or nil when it is empty.
    func value(at address: CellAddress) -> CellValue? {
        guard let row = rows.first(where: { $0.number == address.row }) else { return nil }
        return row.cells.first { $0.address == address }?.value
    }
}

extension CellValue {
    /// The value as a cell's text for decoding: numbers as the workbook stores them (`1500`,
    /// `12.5`), dates as ISO, true and false as words.
    var text: String {
        switch self {
        case .text(let text): text
        case .number(let number): number
        case .bool(let value): value ? "true" : "false"
        case .date(let day): day.description
        case .error(let shown): shown
        }
    }

    /// Whether the value has a type of its own: a stored number is read as a number whatever
    /// the submission's convention for numbers written as text.
    var isTyped: Bool {
        if case .text = self { false } else { true }
    }
}

/// Which data set a sheet or a loose file holds: by its name (`Hợp tác xã`, `cooperatives.csv`),
/// else by the header among its first rows that names every required field of one data set,
/// the data set it names most fields of when several fit.
enum DataSetRecognition {
    /// Names, without diacritics and in lower case, each data set's sheet or file may have.
    private static let names: [(DatasetKind, Set<String>)] = [
        (
            .cooperatives,
            ["cooperatives", "cooperative", "hop tac xa", "htx", "danh sach htx", "danh sach hop tac xa", "to hop tac"]
        ),
        (.units, ["units", "unit", "don vi", "don vi hanh chinh", "danh sach don vi", "dia ban"]),
        (.indicators, ["indicators", "indicator", "chi tieu", "so lieu", "so lieu chi tieu"]),
        (.reports, ["reports", "report", "bao cao", "nop bao cao", "so theo doi bao cao"]),
        (.tasks, ["tasks", "task", "nhiem vu", "nhiem vu phu luc"]),
    ]

    /// Names of a workbook's sheet of submission facts (province, period…), in place of a manifest.
    private static let factsNames: Set<String> = ["submission", "manifest", "thong tin", "thong tin ho so", "ho so"]

    /// A name folded for matching: no diacritics, lower case, `-` and `_` as spaces.
    static func folded(_ name: String) -> String {
        EnumDomain.folded(String(name.map { $0 == "-" || $0 == "_" ? " " : $0 }))
    }

    static func kind(named name: String) -> DatasetKind? {
        let key = folded(name)
        return names.first { $0.1.contains(key) }?.0
    }

    static func isFactsSheet(_ name: String) -> Bool { factsNames.contains(folded(name)) }

    /// A guide of a template (`Danh mục nghĩa vụ`, `Hướng dẫn`): there to be read by the clerk,
    /// not as data.
    static func isGuideSheet(_ name: String) -> Bool {
        let key = folded(name)
        return ["danh muc", "huong dan", "guide"].contains { key == $0 || key.hasPrefix($0 + " ") }
    }

    /// A sheet that holds no data set by its nature: the submission facts, or a guide.
    static func isAside(_ name: String) -> Bool { isFactsSheet(name) || isGuideSheet(name) }

    /// The data set whose header one of `rows` is, or nil.
    static func kind(ofHeaderRows rows: [[String]], conventions: Conventions, province: String?) -> DatasetKind? {
        var best: (kind: DatasetKind, fit: Int)?
        for kind in DatasetKind.allCases {
            let decoder = RecordDecoder(kind: kind, conventions: conventions, columns: [:], province: province)
            for row in rows {
                if let fit = decoder.headerFit(row), fit > best?.fit ?? 0 { best = (kind, fit) }
            }
        }
        return best?.kind
    }

    /// A data file for each sheet of a workbook that holds a data set (by name, else by header),
    /// located at `location` (else at its sheet); a warning for each other sheet but the
    /// submission sheet.
    static func dataFiles(
        of book: Workbook, path: String, shown: String, conventions: Conventions, province: String?,
        location: SourcePosition?
    ) -> ([Manifest.DataFile], [Diagnostic]) {
        var files: [Manifest.DataFile] = []
        var problems: [Diagnostic] = []
        for sheet in book.sheets where !isAside(sheet.name) {
            let at = SourcePosition(file: shown, sheet: sheet.name, line: 1, column: 1)
            if let kind = kind(of: sheet, conventions: conventions, province: province) {
                files.append(Manifest.DataFile(path: path, kind: kind, sheet: sheet.name, location: location ?? at))
            } else {
                problems.append(.warning(at: at, .data(.sheetNotRead(sheet.name))))
            }
        }
        return (files, problems)
    }

    /// The data set a sheet holds, by name, else by header.
    static func kind(of sheet: Workbook.Sheet, conventions: Conventions, province: String?) -> DatasetKind? {
        kind(named: sheet.name)
            ?? kind(
                ofHeaderRows: sheet.rows.prefix(10).map { SheetRecords.headerTexts($0, of: sheet) },
                conventions: conventions, province: province)
    }
}

/// The workbooks of a submission, each read once however many data sets it holds, and its
/// error reported once.
struct WorkbookCache {
    private var books: [String: Result<Workbook, WorkbookError>] = [:]
    private var reported: Set<String> = []

    /// The workbook at `path`, read the first time it is asked for.
    mutating func workbook(at path: String, displayName: String) -> Result<Workbook, WorkbookError> {
        if let known = books[path] { return known }
        let result: Result<Workbook, WorkbookError>
        do {
            result = .success(try Workbook.read(path: path, displayName: displayName))
        } catch {
            result = .failure(error)
        }
        books[path] = result
        return result
    }

    /// Whether the error of the workbook at `path` is yet to be reported; true once.
    mutating func firstReport(of path: String) -> Bool { reported.insert(path).inserted }
}

extension WorkbookError {
    /// The error at the workbook, or at the sheet it concerns.
    var diagnostic: Diagnostic {
        var position = SourcePosition(file: file, line: 1, column: 1)
        if case .beyondSheetLimits(let sheet, _) = problem { position.sheet = sheet }
        return .error(at: position, .data(.workbook(problem)))
    }
}
