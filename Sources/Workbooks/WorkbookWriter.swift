import Diagnostics
import Foundation
import ZIPFoundation

/// A workbook to write: sheets of text and number cells, a bold frozen header row, column widths,
/// drop-down lists (data validation) and hidden sheets — what a template needs, and no more.
public struct WorkbookDraft: Sendable {
    public struct Sheet: Sendable {
        public var name: String
        /// Rows from row 1; the first is the header, bold and frozen.
        public var rows: [[DraftCell]]
        /// Widths of columns A, B, … in characters.
        public var widths: [Int] = []
        /// Drop-down lists: each column (1-based) below the header takes one of the values of a
        /// range (`'Danh mục giá trị'!$A$2:$A$9`) or of a short list.
        public var dropDowns: [DropDown] = []
        public var hidden = false
        /// Cells filled to show a problem in them.
        public var marks: [CellAddress: CellMark] = [:]

        public init(
            name: String, rows: [[DraftCell]], widths: [Int] = [], dropDowns: [DropDown] = [], hidden: Bool = false,
            marks: [CellAddress: CellMark] = [:]
        ) {
            self.name = name
            self.rows = rows
            self.widths = widths
            self.dropDowns = dropDowns
            self.hidden = hidden
            self.marks = marks
        }
    }

    /// How a cell is filled to show a problem in it.
    public enum CellMark: Sendable {
        /// Red: the record is left out until the cell is corrected.
        case error
        /// Amber: read, but worth a look.
        case warning

        var style: Int {
            switch self {
            case .error: 2
            case .warning: 3
            }
        }
    }

    public struct DropDown: Sendable {
        public let column: Int
        /// A range formula (`'Lists'!$A$2:$A$9`) or a quoted list (`"x,có,không"`).
        public let source: String

        public init(column: Int, source: String) {
            self.column = column
            self.source = source
        }
    }

    public var sheets: [Sheet]

    public init(sheets: [Sheet]) {
        self.sheets = sheets
    }

    /// `'Sheet name'!$A$2:$A$9`: the cells of a column below its header, for a drop-down.
    public static func columnRange(sheet: String, column: Int, rows: Int) -> String {
        let letters = SourcePosition.columnLetters(column)
        return
            "'\(sheet.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''"))'!$\(letters)$2:$\(letters)$\(max(2, rows + 1))"
    }
}

/// A cell of a draft.
public enum DraftCell: Sendable, ExpressibleByStringLiteral {
    case text(String)
    case number(String)
    case empty

    public init(stringLiteral value: String) { self = .text(value) }
}

extension WorkbookDraft {
    /// Writes the .xlsx file; the same draft gives the same file.
    public func xlsx(to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create, pathEncoding: nil)
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes), ("_rels/.rels", rootRelations),
            ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", workbookRelations),
            ("xl/styles.xml", Self.styles),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", Self.worksheet(sheet)))
        }
        for (name, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count),
                modificationDate: Date(timeIntervalSince1970: 1_735_689_600), compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    /// The .xlsx file's bytes, for a download.
    public func xlsxData() throws -> Data {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("coopcheck-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try xlsx(to: path)
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    private var contentTypes: String {
        Self.declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + sheets.indices.map {
                "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            }.joined() + "</Types>"
    }

    private var rootRelations: String {
        Self.declaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>"
    }

    private var workbook: String {
        let active = sheets.firstIndex { !$0.hidden } ?? 0
        return Self.declaration
            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<bookViews><workbookView activeTab=\"\(active)\"/></bookViews><sheets>"
            + sheets.enumerated().map { index, sheet in
                "<sheet name=\"\(Self.escaped(sheet.name))\" sheetId=\"\(index + 1)\""
                    + (sheet.hidden ? " state=\"hidden\"" : "") + " r:id=\"rId\(index + 1)\"/>"
            }.joined() + "</sheets></workbook>"
    }

    private var workbookRelations: String {
        Self.declaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + sheets.indices.map {
                "<Relationship Id=\"rId\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
            }.joined()
            + "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
            + "</Relationships>"
    }

    /// Four cell styles: 0 plain, 1 bold with a grey fill for the header, 2 red and 3 amber fills
    /// for cells with an error or a warning.
    private static let styles =
        declaration
        + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"5\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFDDDDDD\"/></patternFill></fill>"
        + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFF9999\"/></patternFill></fill>"
        + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFD27F\"/></patternFill></fill></fills>"
        + "<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
        + "<cellXfs count=\"4\"><xf fontId=\"0\" fillId=\"0\"/><xf fontId=\"1\" fillId=\"2\" applyFont=\"1\" applyFill=\"1\"/>"
        + "<xf fontId=\"0\" fillId=\"3\" applyFill=\"1\"/><xf fontId=\"0\" fillId=\"4\" applyFill=\"1\"/></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>"

    private static func worksheet(_ sheet: Sheet) -> String {
        var out =
            declaration + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        if !sheet.widths.isEmpty {
            out += "<cols>"
            for (index, width) in sheet.widths.enumerated() {
                out += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
            }
            out += "</cols>"
        }
        out += "<sheetData>"
        let height = max(sheet.rows.count, sheet.marks.keys.map(\.row).max() ?? 0)
        for rowIndex in 0..<height {
            let row = rowIndex < sheet.rows.count ? sheet.rows[rowIndex] : []
            let width = max(row.count, sheet.marks.keys.filter { $0.row == rowIndex + 1 }.map(\.column).max() ?? 0)
            out += "<row r=\"\(rowIndex + 1)\">"
            for columnIndex in 0..<width {
                let cell = columnIndex < row.count ? row[columnIndex] : .empty
                let reference = SourcePosition.columnLetters(columnIndex + 1) + String(rowIndex + 1)
                let mark = sheet.marks[CellAddress(column: columnIndex + 1, row: rowIndex + 1)]
                let style = mark.map { " s=\"\($0.style)\"" } ?? (rowIndex == 0 ? " s=\"1\"" : "")
                switch cell {
                case .text(let text):
                    out +=
                        "<c r=\"\(reference)\"\(style) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escaped(text))</t></is></c>"
                case .number(let number): out += "<c r=\"\(reference)\"\(style)><v>\(escaped(number))</v></c>"
                case .empty: if mark != nil { out += "<c r=\"\(reference)\"\(style)/>" }
                }
            }
            out += "</row>"
        }
        out += "</sheetData>"
        if !sheet.dropDowns.isEmpty {
            out += "<dataValidations count=\"\(sheet.dropDowns.count)\">"
            for dropDown in sheet.dropDowns {
                let letters = SourcePosition.columnLetters(dropDown.column)
                out +=
                    "<dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\" sqref=\"\(letters)2:\(letters)10000\">"
                out += "<formula1>\(escaped(dropDown.source))</formula1></dataValidation>"
            }
            out += "</dataValidations>"
        }
        return out + "</worksheet>"
    }

    private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    private static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            // XML 1.0 has no place for other control characters.
            case let s where s.value < 0x20 && s != "\n" && s != "\t": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
