import Foundation
import TestSupport
import Testing

/// `coopcheck init`: the starter submission validates as written, its drop-downs hold the
/// enumerations (read back by openpyxl), and LibreOffice opens and saves it without a complaint.
@Suite struct InitCommandTests {
    static func fresh() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "coopcheck-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func theTemplateOfLamDongValidatesAsWritten() throws {
        let root = try Self.fresh()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("nop-bao-cao")
        let written = Run("init", "--province", "68", "--period", "2025", folder.path)
        #expect(written.status == 0)
        #expect(
            written.err.replacingOccurrences(of: root.path, with: "ROOT") == """
                coopcheck: wrote submission.yaml, so-lieu-68-2025.xlsx, csv/units.csv, csv/cooperatives.csv, \
                csv/indicators.csv, csv/reports.csv, csv/tasks.csv to ROOT/nop-bao-cao

                """)
        let validated = Run("validate", folder.path)
        #expect(validated.status == 0)
        #expect(validated.out == "")
        #expect(validated.err == "coopcheck: 5 files, 1 record (0 rejected): valid\n")
        // The workbook alone is a submission too: its submission sheet says the facts.
        let alone = Run("validate", folder.appendingPathComponent("so-lieu-68-2025.xlsx").path)
        #expect(alone.status == 0)
        #expect(alone.err == "coopcheck: 5 files, 1 record (0 rejected): valid\n")
        let bytes = try Data(contentsOf: folder.appendingPathComponent("csv/units.csv"))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "Excel's CSV UTF-8 starts with a byte-order mark")
        let csv = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(csv.hasPrefix("Mã đơn vị;Tên đơn vị;Cấp;"))
        #expect(csv.contains("\r\n68;Tỉnh Lâm Đồng;tỉnh;"))

        let again = Run("init", "--province", "68", folder.path)
        #expect(again.status == 2)
        #expect(
            again.err.hasSuffix(
                "already holds a submission (submission.yaml); nothing was overwritten: choose another folder\n"))
        let merged = Run("init", "--province", "67", "--period", "2026", root.appendingPathComponent("x").path)
        #expect(merged.status == 2)
        #expect(merged.err.hasPrefix("error: '67' is not a province code at the end of 2026"))
    }

    /// What openpyxl reads of the template: its sheets, and each drop-down's values.
    static let readBack = """
        import json, sys
        wb = openpyxl.load_workbook(sys.argv[1])
        lists = wb["Danh mục giá trị"]
        def values(formula):
            if formula.startswith('"'):
                return formula.strip('"').split(",")
            cells = formula.split("!")[1].replace("$", "")
            return [c.value for row in lists[cells] for c in row if c.value is not None]
        out = {"sheets": wb.sheetnames, "dropdowns": {}}
        sheet = wb["Hợp tác xã"]
        headers = [c.value for c in sheet[1]]
        for dv in sheet.data_validations.dataValidation:
            column = str(dv.sqref).split(":")[0].rstrip("0123456789")
            index = openpyxl.utils.column_index_from_string(column) - 1
            out["dropdowns"][headers[index]] = values(dv.formula1)
        print(json.dumps(out, ensure_ascii=False))
        """

    static func readBack(_ book: URL) throws -> [String: Any]? {
        let script = Self.readBack.replacingOccurrences(of: "sys.argv[1]", with: "\"\(book.path)\"")
        guard let folder = try Python.run(script + "\nopen('out.json', 'w').write(json.dumps(out, ensure_ascii=False))")
        else { return nil }
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try Data(contentsOf: folder.appendingPathComponent("out.json"))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any]
    }

    static func expectDropDowns(_ read: [String: Any]) {
        let dropDowns = read["dropdowns"] as? [String: [String]] ?? [:]
        #expect(dropDowns["Loại hình"] == ["hợp tác xã", "HTX", "tổ hợp tác", "THT", "liên hiệp hợp tác xã", "LHHTX"])
        #expect(dropDowns["Tình trạng"]?.contains("đang hoạt động") == true)
        #expect(dropDowns["Lĩnh vực"]?.contains("nông nghiệp") == true)
        #expect(dropDowns["Liên kết với doanh nghiệp"] == ["x", "có", "không"])
    }

    @Test func theDropDownsHoldTheEnumerations() throws {
        let root = try Self.fresh()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(Run("init", "--province", "68", "--period", "2025", root.path).status == 0)
        guard let read = try Self.readBack(root.appendingPathComponent("so-lieu-68-2025.xlsx")) else { return }
        #expect(
            read["sheets"] as? [String] == [
                "submission", "Đơn vị", "Hợp tác xã", "Chỉ tiêu", "Báo cáo", "Nhiệm vụ", "Danh mục nghĩa vụ",
                "Danh mục giá trị",
            ])
        Self.expectDropDowns(read)
    }

    /// LibreOffice headless, when installed: `.ci/run` installs it.
    static let soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test func libreOfficeOpensAndSavesTheTemplateAndCoopcheckReadsItsCopy() throws {
        guard let soffice = Self.soffice else {
            print("skipped: LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui")
            return
        }
        let root = try Self.fresh()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("template")
        #expect(Run("init", "--province", "68", "--period", "2025", folder.path).status == 0)
        let out = root.appendingPathComponent("saved")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = [
            "-env:UserInstallation=file://\(root.path)/profile", "--headless", "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir", out.path, folder.appendingPathComponent("so-lieu-68-2025.xlsx").path,
        ]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let complaint = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(!complaint.lowercased().contains("error"), "LibreOffice said: \(complaint)")
        let saved = out.appendingPathComponent("so-lieu-68-2025.xlsx")
        #expect(FileManager.default.fileExists(atPath: saved.path))
        // The copy LibreOffice wrote is read as the original: the same data sets, valid.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("so-lieu-68-2025.xlsx"))
        try FileManager.default.copyItem(at: saved, to: folder.appendingPathComponent("so-lieu-68-2025.xlsx"))
        let validated = Run("validate", folder.path)
        #expect(validated.status == 0)
        #expect(validated.err == "coopcheck: 5 files, 1 record (0 rejected): valid\n")
        if let read = try Self.readBack(saved) { Self.expectDropDowns(read) }
    }
}
