import Diagnostics
import Expressions
import Foundation
import TestSupport
import Testing
import Workbooks

/// Workbooks written by a real spreadsheet library (openpyxl, as a clerk's Excel would save them)
/// and hostile archives built by Python's zipfile, read back: values, dates in both systems,
/// addresses, and every refusal with its reason.
@Suite struct WorkbookTests {
    static func values(_ sheet: Workbook.Sheet) -> [String] {
        sheet.rows.flatMap { row in row.cells.map { "\($0.address)=\($0.value)" } }
    }

    @Test func cellsOfEveryTypeWithTheirAddresses() throws {
        guard
            let folder = try Python.run(
                """
                import datetime
                wb = openpyxl.Workbook()
                ws = wb.active
                ws.title = "Cooperatives"
                ws.append(["Mã HTX", "Tên HTX", "Số thành viên", "Ngày thành lập", "Liên kết"])
                ws.append(["6700001", "HTX Cà phê Đắk Mâm", 1250, datetime.date(2019, 3, 15), True])
                ws.append(["6700002", "HTX Mắc ca", 12.5, datetime.date(1900, 3, 1), False])
                ws["B5"] = "after a blank row"
                wb.create_sheet("Units").append(["Mã đơn vị", "Tên đơn vị"])
                wb.save("book.xlsx")
                """)
        else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try Workbook.read(path: folder.appendingPathComponent("book.xlsx").path)
        #expect(book.sheets.map(\.name) == ["Cooperatives", "Units"])
        let sheet = try #require(book.sheet(named: "Cooperatives"))
        #expect(
            Self.values(sheet) == [
                "A1=text(\"Mã HTX\")", "B1=text(\"Tên HTX\")", "C1=text(\"Số thành viên\")",
                "D1=text(\"Ngày thành lập\")", "E1=text(\"Liên kết\")",
                "A2=text(\"6700001\")", "B2=text(\"HTX Cà phê Đắk Mâm\")", "C2=number(\"1250\")",
                "D2=date(2019-03-15)", "E2=bool(true)",
                "A3=text(\"6700002\")", "B3=text(\"HTX Mắc ca\")", "C3=number(\"12.5\")", "D3=date(1900-03-01)",
                "E3=bool(false)",
                "B5=text(\"after a blank row\")",
            ])
        #expect(sheet.rows.map(\.number) == [1, 2, 3, 5])
    }

    @Test func theDateSystemOfTheWorkbookIsRead() throws {
        guard
            let folder = try Python.run(
                """
                import datetime
                from openpyxl.utils.datetime import CALENDAR_MAC_1904
                wb = openpyxl.Workbook()
                wb.epoch = CALENDAR_MAC_1904
                wb.active.append([datetime.date(2025, 12, 15)])
                wb.save("mac.xlsx")
                """)
        else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try Workbook.read(path: folder.appendingPathComponent("mac.xlsx").path)
        #expect(Self.values(book.sheets[0]) == ["A1=date(2025-12-15)"])
    }

    @Test func excelsSerialDatesIncludingThe1900LeapYearBug() {
        #expect(ExcelDate.day(serial: 1, date1904: false) == CivilDate(year: 1900, month: 1, day: 1))
        #expect(ExcelDate.day(serial: 59, date1904: false) == CivilDate(year: 1900, month: 2, day: 28))
        #expect(ExcelDate.day(serial: 60, date1904: false) == nil)  // 29/2/1900, which never was
        #expect(ExcelDate.day(serial: 61, date1904: false) == CivilDate(year: 1900, month: 3, day: 1))
        #expect(ExcelDate.day(serial: 45_976.75, date1904: false) == CivilDate(year: 2025, month: 11, day: 15))
        #expect(ExcelDate.day(serial: 0, date1904: true) == CivilDate(year: 1904, month: 1, day: 1))
        #expect(ExcelDate.isDateFormat(id: 14, code: nil))
        #expect(ExcelDate.isDateFormat(id: 164, code: "dd/mm/yyyy"))
        #expect(!ExcelDate.isDateFormat(id: 165, code: "#,##0.00\" đ\""))
        #expect(!ExcelDate.isDateFormat(id: 166, code: "[Red]0.00"))
        #expect(CellAddress("AB12") == CellAddress(column: 28, row: 12) && CellAddress("12B") == nil)
        #expect(CellAddress(column: 28, row: 12).description == "AB12")
    }

    /// Minimal parts of a workbook, for the archives below.
    static let parts = """
        parts = {
          "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
          "xl/workbook.xml": '<?xml version="1.0"?><workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
          "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
          "xl/worksheets/sheet1.xml": '<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>',
        }
        """

    static func archive(_ changes: String) throws -> (folder: URL, path: String)? {
        guard
            let folder = try Python.run(
                Self.parts + "\n" + changes + """

                    with zipfile.ZipFile("book.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
                        for name, text in parts.items():
                            z.writestr(name, text)
                    """, needs: "zipfile")
        else { return nil }
        return (folder, folder.appendingPathComponent("book.xlsx").path)
    }

    @Test func aMinimalArchiveReads() throws {
        guard let (folder, path) = try Self.archive("") else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(Self.values(try Workbook.read(path: path).sheets[0]) == ["A1=text(\"x\")"])
    }

    @Test(arguments: [
        (
            "bomb",
            #"parts["xl/worksheets/sheet1.xml"] = '<worksheet><sheetData>' + ' ' * (64 << 20) + '</sheetData></worksheet>'"#
        ),
        (
            "entities",
            #"parts["xl/worksheets/sheet1.xml"] = '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaa">]><worksheet>&a;</worksheet>'"#
        ),
        ("macros", #"parts["xl/vbaProject.bin"] = "binary""#),
        (
            "beyond",
            #"parts["xl/worksheets/sheet1.xml"] = '<worksheet><sheetData><row r="1048577"><c r="A1048577"><v>1</v></c></row></sheetData></worksheet>'"#
        ),
        ("malformed", #"parts["xl/worksheets/sheet1.xml"] = '<worksheet><sheetData><row>'"#),
        ("missing", #"del parts["xl/workbook.xml"]"#),
    ])
    func hostileArchivesAreRefusedWithTheirReason(name: String, change: String) throws {
        guard let (folder, path) = try Self.archive(change) else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let expected: (WorkbookError) -> Bool = { error in
            switch (name, error.problem) {
            case ("bomb", .compressionRatio("xl/worksheets/sheet1.xml", 200)): true
            case ("entities", .entityDeclared("xl/worksheets/sheet1.xml")): true
            case ("macros", .macroEnabled): true
            case ("beyond", .beyondSheetLimits("S", "A1048577")): true
            case ("malformed", .malformedXML("xl/worksheets/sheet1.xml", _, _, _)): true
            case ("missing", .missingPart("xl/workbook.xml")): true
            default: false
            }
        }
        #expect(throws: WorkbookError.self) { try Workbook.read(path: path) }
        do {
            _ = try Workbook.read(path: path)
        } catch {
            #expect(expected(error), "\(name): \(error)")
        }
    }

    @Test func filesThatAreNotWorkbooks() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "coopcheck-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("book.xlsx")
        try "Mã HTX;Tên HTX\n".write(to: csv, atomically: true, encoding: .utf8)
        #expect(throws: WorkbookError("book.xlsx", .notAWorkbook)) {
            try Workbook.read(path: csv.path, displayName: "book.xlsx")
        }
        let ole = folder.appendingPathComponent("locked.xlsx")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]).write(to: ole)
        #expect(throws: WorkbookError("locked.xlsx", .encrypted)) {
            try Workbook.read(path: ole.path, displayName: "locked.xlsx")
        }
    }
}
