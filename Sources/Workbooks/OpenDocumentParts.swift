import Expressions
import Foundation
import ZIPFoundation

/// An OpenDocument spreadsheet (.ods, as LibreOffice saves it) read into the same sheets, rows
/// and typed cells as an .xlsx workbook, within the same limits: `content.xml` holds every
/// sheet; repeated rows and cells (`number-rows-repeated`, often a million empty rows at a
/// sheet's end) are counted, never materialised.
extension WorkbookParts {
    mutating func openDocument() throws(WorkbookError) -> Workbook {
        var count = 0
        for entry in archive {
            count += 1
            if entry.path.hasPrefix("Basic/") || entry.path.hasPrefix("Scripts/") {
                throw .init(file, .macroEnabled)
            }
        }
        if count > limits.maxEntries { throw .init(file, .tooManyParts(count: count, limit: limits.maxEntries)) }
        let content = try required("content.xml")
        let reader = OpenDocumentReader(limits: limits)
        try parse(
            content, part: "content.xml", start: { reader.start($0, $1) }, text: { reader.text($0) },
            end: { reader.end($0) })
        if let beyond = reader.beyond {
            throw .init(file, .beyondSheetLimits(sheet: beyond.sheet, cell: beyond.cell))
        }
        return Workbook(sheets: reader.sheets)
    }
}

/// The state of reading `content.xml`, element by element.
private final class OpenDocumentReader {
    let limits: WorkbookLimits
    var sheets: [Workbook.Sheet] = []
    var beyond: (sheet: String, cell: String)?

    private var name = ""
    private var rows: [Workbook.Row] = []
    private var merged: [ClosedRange<CellAddress>] = []
    private var row = 1
    private var rowRepeat = 1
    private var column = 1
    private var cells: [Workbook.Cell] = []
    private var cell: [String: String]?
    private var content = ""
    private var paragraphs = 0
    private var inParagraph = false

    init(limits: WorkbookLimits) {
        self.limits = limits
    }

    func start(_ element: String, _ attributes: [String: String]) {
        switch element {
        case "table":
            name = attributes["table:name"] ?? "Sheet\(sheets.count + 1)"
            rows = []
            merged = []
            row = 1
        case "table-row":
            rowRepeat = max(1, attributes["table:number-rows-repeated"].flatMap(Int.init) ?? 1)
            cells = []
            column = 1
        case "table-cell", "covered-table-cell":
            cell = attributes
            content = ""
            paragraphs = 0
        case "p":
            if cell != nil {
                if paragraphs > 0 { content += "\n" }
                paragraphs += 1
                inParagraph = true
            }
        case "s":
            if inParagraph { content += String(repeating: " ", count: attributes["text:c"].flatMap(Int.init) ?? 1) }
        case "tab": if inParagraph { content += "\t" }
        case "line-break": if inParagraph { content += "\n" }
        default: break
        }
    }

    func text(_ string: String) {
        if inParagraph { content += string }
    }

    func end(_ element: String) {
        switch element {
        case "p": inParagraph = false
        case "table-cell", "covered-table-cell":
            guard let attributes = cell else { return }
            let repeated = max(1, attributes["table:number-columns-repeated"].flatMap(Int.init) ?? 1)
            if let value = Self.value(attributes, text: content) {
                if column + repeated - 1 > limits.maxColumns || row > limits.maxRows {
                    beyond =
                        beyond ?? (
                            name,
                            CellAddress(column: min(column + repeated - 1, limits.maxColumns + 1), row: row).description
                        )
                } else {
                    for offset in 0..<repeated {
                        cells.append(
                            Workbook.Cell(address: CellAddress(column: column + offset, row: row), value: value))
                    }
                }
            }
            let across = attributes["table:number-columns-spanned"].flatMap(Int.init) ?? 1
            let down = attributes["table:number-rows-spanned"].flatMap(Int.init) ?? 1
            if across > 1 || down > 1 {
                merged.append(
                    CellAddress(
                        column: column, row: row)...CellAddress(column: column + across - 1, row: row + down - 1))
            }
            column += repeated
            cell = nil
        case "table-row":
            if !cells.isEmpty {
                // A row of values repeated: each copy is a row of its own (rare; a blank row is never copied).
                for copy in 0..<min(rowRepeat, limits.maxRows) {
                    rows.append(
                        Workbook.Row(
                            number: row + copy,
                            cells: cells.map {
                                Workbook.Cell(
                                    address: CellAddress(column: $0.address.column, row: row + copy), value: $0.value)
                            }))
                }
            }
            row += rowRepeat
        case "table":
            sheets.append(Workbook.Sheet(name: name, rows: rows, merged: merged))
        default: break
        }
    }

    /// A cell's value by its `office:value-type`; nil for an empty cell.
    private static func value(_ attributes: [String: String], text: String) -> CellValue? {
        if attributes["calcext:value-type"] == "error" { return .error(text) }
        switch attributes["office:value-type"] {
        case "float", "percentage", "currency": return attributes["office:value"].map(CellValue.number)
        case "date":
            guard let stamp = attributes["office:date-value"], let day = CivilDate.parseISO(String(stamp.prefix(10)))
            else { return text.isEmpty ? nil : .text(text) }
            return .date(day)
        case "boolean": return .bool(attributes["office:boolean-value"] == "true")
        case nil: return nil
        default: return text.isEmpty ? nil : .text(text)
        }
    }
}
