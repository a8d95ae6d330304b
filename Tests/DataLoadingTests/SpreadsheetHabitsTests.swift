import DataLoading
import Foundation
import Testing

/// A file saved from Excel the way a provincial office keeps it: a title above the header,
/// blank rows, a totals row, names where codes go, and no province column in a province's own
/// submission. Each is answered with one note or one precise message, not a cascade.
@Suite struct SpreadsheetHabitsTests {
    @Test func titleBlankAndTotalsRowsAreSkippedWithANote() throws {
        // The title has fewer cells than the header, as Excel writes a merged title cell.
        let cooperatives = """
            DANH SÁCH HỢP TÁC XÃ NĂM 2025;;
            Mã HTX;Tên HTX;Loại hình;Lĩnh vực;Huyện;Xã;Ngày thành lập;Tình trạng
            6700001;HTX A;HTX;nông nghiệp;664;66401;01/01/2020;đang hoạt động
            ;;;;;;;
             
            6700002;HTX B;HTX;nông nghiệp;663;66301;01/01/2021;đang hoạt động
            Tổng cộng:;;;;;;;

            """
        let folder = try ReliabilityTests.folder([
            ("u.csv", "units", SmallUnits.csv), ("c.csv", "cooperatives", cooperatives),
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let (submission, report) = SubmissionReader.load(folder: folder.path)
        #expect(
            report.diagnostics.map { $0.english.replacingOccurrences(of: folder.path + "/", with: "") } == [
                "c.csv:1:1: info: the header is on line 2: the line above it (a title) is skipped",
                "c.csv:4:1: info: 2 blank rows, the first here, are skipped",
                "c.csv:7:1: warning: this totals row is skipped: coopcheck adds up the records itself; delete it to "
                    + "silence this",
            ])
        // Both cooperatives are read, each in the province the manifest names though no column says it.
        let records = try #require(submission).records[.cooperatives] ?? []
        #expect(records.map { $0["province"] } == [.string("67"), .string("67")])
        #expect(report.recordCount == 7 && report.rejectedCount == 0)
    }

    @Test func aHeaderWithALineBreakTypedInItsCellMatches() throws {
        let cooperatives =
            "\"Mã\nHTX\",\"Tên  HTX\",kind,sector,district,commune,founded_on,status\n"
            + "6700001,HTX A,HTX,agriculture,664,66401,2020-01-01,active\n"
        let folder = try ReliabilityTests.folder([
            ("u.csv", "units", SmallUnits.csv), ("c.csv", "cooperatives", cooperatives),
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let (submission, report) = SubmissionReader.load(folder: folder.path)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(try #require(submission).records[.cooperatives]?.first?["id"] == .string("6700001"))
    }

    @Test func aNameWhereACodeGoesIsAnsweredWithTheCode() throws {
        let cooperatives = """
            id,name,kind,sector,district,commune,founded_on,status
            6700001,HTX A,HTX,agriculture,Krông Nô,66401,2020-01-01,active
            6700002,HTX B,HTX,agriculture,huyen dak mil,66301,2020-01-01,active
            6700003,HTX C,HTX,agriculture,664,Đắk Mil,2020-01-01,active

            """
        let folder = try ReliabilityTests.folder([
            ("u.csv", "units", SmallUnits.csv), ("c.csv", "cooperatives", cooperatives),
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, report) = SubmissionReader.load(folder: folder.path)
        #expect(
            report.diagnostics.map { $0.english.replacingOccurrences(of: folder.path + "/", with: "") } == [
                "c.csv:2:31: error: district 'Krông Nô' is a name, not a code; write the unit's code: did you mean "
                    + "664, Huyện Krông Nô?",
                "c.csv:3:31: error: district 'huyen dak mil' is a name, not a code; write the unit's code: did you "
                    + "mean 663, Huyện Đắk Mil?",
                // A commune of that name, at the level the column asks for: not the district.
                "c.csv:4:35: error: commune 'Đắk Mil' is a name, not a code; write the unit's code: did you mean "
                    + "66301, Xã Đắk Mil?",
            ])
    }
}
