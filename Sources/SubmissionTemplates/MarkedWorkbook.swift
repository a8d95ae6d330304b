import Diagnostics
import Foundation
import Messages
import Workbooks

/// A clerk's workbook given back with its problems marked: every sheet as it was sent, each cell
/// with an error filled red and with a warning amber, and a first sheet, `Danh mục vấn đề`,
/// listing every problem by sheet and cell. Corrected and sent again, it is read as before (the
/// list is a guide sheet, which no check reads).
public enum MarkedWorkbook {
    public static let problemsSheet = "Danh mục vấn đề"

    /// `book` as read from the file messages name `file`, marked with the diagnostics at its cells.
    public static func draft(of book: Workbook, file: String, diagnostics: [Diagnostic], catalogue c: any Catalogue)
        -> WorkbookDraft
    {
        let here = diagnostics.filter { $0.location.file == file && $0.location.sheet != nil && $0.severity != .info }
        var rows: [[DraftCell]] = [
            [
                .text(c.phrase(.web(.sheetColumn))), .text(c.phrase(.web(.cellColumn))),
                .text(c.phrase(.web(.severityColumn))), .text(c.phrase(.web(.messageColumn))),
            ]
        ]
        for diagnostic in here {
            rows.append([
                .text(diagnostic.location.sheet ?? ""), .text(diagnostic.location.cell ?? ""),
                .text(c.severity(diagnostic.severity)), .text(Visible.escaped(c.problem(diagnostic.problem))),
            ])
        }
        var sheets = [WorkbookDraft.Sheet(name: problemsSheet, rows: rows, widths: [20, 8, 10, 100])]
        for sheet in book.sheets {
            var marks: [CellAddress: WorkbookDraft.CellMark] = [:]
            for diagnostic in here where diagnostic.location.sheet == sheet.name {
                let address = CellAddress(column: diagnostic.location.column, row: diagnostic.location.line)
                if marks[address] != .error { marks[address] = diagnostic.severity == .error ? .error : .warning }
            }
            let width = sheet.rows.map { $0.cells.last?.address.column ?? 0 }.max() ?? 0
            var cells: [[DraftCell]] = []
            for row in sheet.rows {
                while cells.count < row.number - 1 { cells.append([]) }
                var line = Array(repeating: DraftCell.empty, count: width)
                for cell in row.cells { line[cell.address.column - 1] = draftCell(cell.value) }
                cells.append(line)
            }
            sheets.append(
                .init(name: sheet.name, rows: cells, widths: Array(repeating: 16, count: width), marks: marks))
        }
        return WorkbookDraft(sheets: sheets)
    }

    /// A cell as it was sent: a number stays a number, a date is written as the clerk types it.
    private static func draftCell(_ value: CellValue) -> DraftCell {
        switch value {
        case .text(let text): .text(text)
        case .number(let number): .number(number)
        case .bool(let flag): .text(flag ? "có" : "không")
        case .date(let day): .text(day.vietnamese)
        case .error(let shown): .text(shown)
        }
    }
}
