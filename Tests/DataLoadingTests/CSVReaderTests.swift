import DataLoading
import Foundation
import TestSupport
import Testing

/// The CSV reader on what spreadsheets actually save.
@Suite struct CSVReaderTests {
    static func write(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("coopcheck-\(UUID().uuidString).csv")
            .path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func rows(_ text: String, bom: Bool = false) throws -> [CSVRow] {
        let path = try write((bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var reader = try CSVReader(path: path, displayName: "t.csv")
        var rows: [CSVRow] = []
        while let row = try reader.next() { rows.append(row) }
        return rows
    }

    @Test func excelCSVWithBOMSemicolonsAndCRLFLoads() throws {
        let rows = try Self.rows(
            "Mã HTX;Tên HTX;Số thành viên\r\n6700001;\"HTX Cà phê; Đắk Mâm\";1.250\r\n6700002;HTX Tiêu;48\r\n",
            bom: true)
        #expect(
            rows.map(\.fields) == [
                ["Mã HTX", "Tên HTX", "Số thành viên"],
                ["6700001", "HTX Cà phê; Đắk Mâm", "1.250"],
                ["6700002", "HTX Tiêu", "48"],
            ])
        #expect(rows.map(\.line) == [1, 2, 3])
        #expect(rows[1].columns == [1, 9, 31])
    }

    @Test func quotedFieldsMayHoldQuotesAndLineBreaks() throws {
        let rows = try Self.rows("a,b\n\"say \"\"hi\"\"\",\"two\nlines\"\nx,y\n\n")
        #expect(rows.map(\.fields) == [["a", "b"], ["say \"hi\"", "two\nlines"], ["x", "y"]])
        #expect(rows.map(\.line) == [1, 2, 4])
    }

    @Test func windows1258IsRejectedNamingTheEncodingAndTheLine() throws {
        // "Tên" in Windows-1258 is 54 EA 6E: 0xEA alone is not UTF-8.
        let path = try Self.write(Array("id,name\n1,".utf8) + [0x54, 0xEA, 0x6E] + Array("\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var reader = try CSVReader(path: path, displayName: "legacy.csv")
        _ = try reader.next()
        #expect(throws: LoadError.self) { _ = try reader.next() }
        do {
            _ = try reader.next()
        } catch {
            #expect(
                error.diagnostic.english.hasPrefix(
                    "legacy.csv:2:4: error: the file is not UTF-8 (byte 0xEA here); it looks like a legacy Vietnamese encoding such as Windows-1258"
                ))
        }
    }

    @Test func anUnterminatedQuoteIsAnErrorAtTheQuote() throws {
        let path = try Self.write(Array("a,b\n1,\"open\n2,3\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var reader = try CSVReader(path: path, displayName: "q.csv")
        _ = try reader.next()
        do {
            _ = try reader.next()
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostic.english == "q.csv:2:3: error: a quoted field is not closed: add the closing '\"'")
        }
    }
}
