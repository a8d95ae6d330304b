import Foundation
import TestSupport
import Testing

/// A workbook stands for a submission on the command line: written by openpyxl as a clerk's
/// Excel saves it, validated and checked with `sheet!cell` positions, its findings those of the
/// CSV folder it was made from.
@Suite struct WorkbookCommandTests {
    static let sample = TestPaths.root.appendingPathComponent("Samples/dak-nong-2025")

    /// Messages with the temporary folder a workbook was written in replaced by `BOOK/`.
    static func shown(_ text: String, folder: URL) -> String {
        text.replacingOccurrences(of: folder.path + "/", with: "BOOK/")
    }

    /// The JSON report without what names where a record was read and which submission it was:
    /// what stays is every finding, status, value and record id.
    static func findings(_ json: String) throws -> NSObject {
        func strip(_ value: Any) -> Any {
            if let object = value as? [String: Any] {
                return object.filter {
                    !["file", "line", "sheet", "submission", "submissions", "fingerprint"].contains($0.key)
                }
                .mapValues(strip)
            }
            if let array = value as? [Any] { return array.map(strip) }
            return value
        }
        return strip(try JSONSerialization.jsonObject(with: Data(json.utf8))) as! NSObject
    }

    @Test func theSampleAsOneWorkbookValidatesAndChecksAsItsFolderDoes() throws {
        guard let book = try Python.workbook(of: Self.sample) else { return }
        defer { try? FileManager.default.removeItem(at: book.deletingLastPathComponent()) }
        let validated = Run("validate", book.path)
        #expect(validated.status == 0)
        #expect(validated.out == "")
        #expect(validated.err == "coopcheck: 5 files, 493 records (0 rejected): valid\n")

        let fromBook = Run("check", "--data", book.path, "--format", "json")
        let fromFolder = Run("check", "--data", Self.sample.path, "--format", "json")
        #expect(fromBook.status == 1)
        #expect(fromFolder.status == 1)
        #expect(try Self.findings(fromBook.out) == Self.findings(fromFolder.out))
        // Records are named by their sheet and row, as Excel names them.
        let indent = "\n" + String(repeating: " ", count: 10)
        #expect(
            fromBook.out.contains(
                #""id": "6700035","# + indent + #""file": "\#(book.path)","# + indent + #""line": 36,"# + indent
                    + #""sheet": "Hợp tác xã","#))
        // In the text report a cell's position is never broken over two lines.
        let text = Run("check", "--data", book.path)
        #expect(
            Self.shown(text.out, folder: book.deletingLastPathComponent()).contains(
                "BOOK/book.xlsx:'Hợp tác xã'!A36"))
    }

    /// The sample's workbook saved by LibreOffice as OpenDocument (.ods): read as the .xlsx is.
    @Test func anOpenDocumentSpreadsheetIsReadAsTheWorkbookIs() throws {
        guard let soffice = InitCommandTests.soffice else {
            print("skipped: LibreOffice (soffice) is needed to write the .ods; .ci/run installs libreoffice-calc-nogui")
            return
        }
        guard let book = try Python.workbook(of: Self.sample) else { return }
        let folder = book.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = [
            "-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to", "ods", "--outdir",
            folder.path, book.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let ods = folder.appendingPathComponent("book.ods").path
        #expect(FileManager.default.fileExists(atPath: ods))
        let validated = Run("validate", ods)
        #expect(validated.status == 0)
        #expect(validated.err == "coopcheck: 5 files, 493 records (0 rejected): valid\n")
        let fromODS = Run("check", "--data", ods, "--format", "json")
        let fromFolder = Run("check", "--data", Self.sample.path, "--format", "json")
        #expect(fromODS.status == 1)
        #expect(try Self.findings(fromODS.out) == Self.findings(fromFolder.out))
    }

    @Test func titleBlankAndTotalsRowsAreNotesNotErrors() throws {
        guard let book = try Python.workbook(of: Self.sample, excelHabits: true) else { return }
        let folder = book.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = Run("validate", book.path, "--province", "67", "--period", "2025")
        #expect(run.status == 0)
        #expect(
            Self.shown(run.out, folder: folder) == """
                BOOK/book.xlsx:'Hợp tác xã'!A1: info: the header is on line 2: the line above it (a title) is skipped
                BOOK/book.xlsx:'Hợp tác xã'!A13: info: 2 blank rows, the first here, are skipped
                BOOK/book.xlsx:'Hợp tác xã'!A325: warning: this totals row is skipped: coopcheck adds up the records itself; delete it to silence this

                """)
        #expect(run.err == "coopcheck: 5 files, 493 records (0 rejected): 0 errors, 1 warning\n")
    }

    /// A workbook made in Excel by hand: no submission sheet, a header over two rows with merged
    /// cells, a number typed as text, Excel's error value, a cell outside the header.
    static let handMade = """
        import datetime
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "HTX"
        ws.append(["Mã HTX", "Thông tin chung", None, None, None, "Ngày thành lập", "Tình trạng", "Số thành viên"])
        ws.append([None, "Tên HTX", "Loại hình", "Lĩnh vực", "Xã"])
        for column in "AFGH":
            ws.merge_cells(f"{column}1:{column}2")
        ws.merge_cells("B1:E1")
        ws.append(["6700001", "HTX Cà phê Đắk Mâm", "HTX", "nông nghiệp", None, datetime.date(2019, 3, 15),
                   "đang hoạt động", 25])
        ws.append(["6700002", "HTX Mắc ca", "HTX", "nông nghiệp", None, datetime.date(2020, 1, 2),
                   "đang hoạt động", "mười hai"])
        ws.append(["6700003", "HTX Tiêu", "HTX", "nông nghiệp", None, datetime.date(2021, 5, 1),
                   "đang hoạt động", "#DIV/0!", None, "ghi chú"])
        for row in ws.iter_rows(min_row=3):
            row[5].number_format = "dd/mm/yyyy"
        wb.save("book.xlsx")
        """

    @Test func aHandMadeWorkbookNeedsItsFactsAndIsToldCellByCell() throws {
        guard let folder = try Python.run(Self.handMade) else { return }
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = folder.appendingPathComponent("book.xlsx").path
        let bare = Run("validate", book)
        #expect(bare.status == 2)
        #expect(
            Self.shown(bare.out, folder: folder) == """
                BOOK/book.xlsx:1:1: error: the submission does not say its 'province' and 'period': give --province and --period, or add a sheet named 'submission' with a row for each (key in column A, value in column B)

                """)

        let run = Run("validate", book, "--province", "67", "--period", "2025")
        #expect(run.status == 2)
        #expect(
            Self.shown(run.out, folder: folder) == """
                BOOK/book.xlsx:1:1: warning: the submission has no 'units' file, so provinces, districts and communes cannot be checked
                BOOK/book.xlsx:HTX!A1: info: the header is on line 2: the line above it (a title) is skipped
                BOOK/book.xlsx:HTX!H4: error: members: 'mười hai' is not a number
                BOOK/book.xlsx:HTX!H5: error: the cell shows Excel's error #DIV/0!, so its record is left out; correct the formula or type the value
                BOOK/book.xlsx:HTX!J5: warning: this cell has a value but its column has no header, so it is not read; give the column a header or clear the cell

                """)
        #expect(run.err == "coopcheck: 1 file, 3 records (2 rejected): 2 errors, 2 warnings\n")
    }

    @Test func aManifestMayListAWorkbookWhoseSheetsSayTheirDataSets() throws {
        guard let book = try Python.workbook(of: Self.sample) else { return }
        let folder = book.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = try String(contentsOf: Self.sample.appendingPathComponent("submission.yaml"), encoding: .utf8)
        let head = manifest.components(separatedBy: "files:")[0]
        try (head + "files:\n  - path: book.xlsx\n").write(
            to: folder.appendingPathComponent("submission.yaml"), atomically: true, encoding: .utf8)
        let whole = Run("validate", folder.path)
        #expect(whole.status == 0)
        #expect(whole.err == "coopcheck: 5 files, 493 records (0 rejected): valid\n")

        try (head + "files:\n  - path: book.xlsx\n    kind: units\n    sheet: Units\n").write(
            to: folder.appendingPathComponent("submission.yaml"), atomically: true, encoding: .utf8)
        let missing = Run("validate", folder.path)
        #expect(missing.status == 2)
        #expect(
            Self.shown(missing.out, folder: folder) == """
                BOOK/submission.yaml:13:5: error: the workbook has no sheet 'Units'; its sheets are 'submission', 'Đơn vị', 'Hợp tác xã', 'Chỉ tiêu', 'Báo cáo', 'Nhiệm vụ'

                """)
    }

    @Test func optionsThatAreNotAPeriodOrADateAreUsageErrors() {
        let period = Run("validate", "book.xlsx", "--period", "năm 2025")
        #expect(period.status == 2)
        #expect(
            period.err.hasPrefix(
                "Error: --period must be a year (2025), a span of years (2021-2025) or two dates (2025-01-01..2025-06-30); found 'năm 2025'"
            ))
        let prepared = Run("check", "--data", "book.xlsx", "--prepared-on", "soon")
        #expect(prepared.status == 2)
        #expect(
            prepared.err.hasPrefix(
                "Error: --prepared-on must be a date written YYYY-MM-DD, e.g. 2025-12-31; found 'soon'"))
    }
}
