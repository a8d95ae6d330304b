import DataContract
import DataLoading
import Foundation
import Testing

/// What `validate` knows of the packs: an indicator, report or task no pack reads is a warning
/// with the closest one that is read; a period not written as the packs count periods, and a
/// commune outside its cooperative's district, are errors at their cells.
@Suite struct ReadByThePacksTests {
    static var known: KnownIdentifiers {
        var known = KnownIdentifiers()
        known.add(
            "news_items", kind: .indicator, readBy: "Có ít nhất 2.000 tin, bài, video clip được đăng tải hằng năm")
        known.add("key_staff_trained", kind: .indicator, readBy: "Bồi dưỡng cán bộ quản lý HTX")
        known.add("annual-ket-report", kind: .report, readBy: "Báo cáo kết quả thực hiện hằng năm")
        known.add("KH127.PL.II.3", kind: .task, readBy: "Kế hoạch chuyển đổi số")
        return known
    }

    @Test func aSuggestionComesFromTheSpellingOrElseFromTheRulesWords() {
        #expect(Self.known.suggestion(for: "news_item", kind: .indicator) == "news_items")
        #expect(Self.known.suggestion(for: "Số tin bài", kind: .indicator) == "news_items")
        #expect(Self.known.suggestion(for: "Số HTX", kind: .indicator) == nil)
        #expect(Self.known.suggestion(for: "annual-report", kind: .report) == "annual-ket-report")
    }

    @Test func recordsThePacksDoNotReadAreWarnedAndBadPlacesAndPeriodsAreErrors() throws {
        let units = SmallUnits.csv + "LMHTX,Liên minh HTX tỉnh,cơ quan,67\n"
        let cooperatives = """
            id,name,kind,sector,province,district,commune,founded_on,status
            6700001,HTX A,HTX,agriculture,67,664,66401,01/01/2020,active
            6700002,HTX B,HTX,agriculture,67,664,66301,01/01/2020,active

            """
        let indicators = "unit,indicator,year,value\nLMHTX,news_items,2025,40\nLMHTX,Số tin bài,2025,12\n"
        let reports = """
            unit,report,period,submitted_on
            664,annual-ket-report,2025,10/12/2025
            664,annual-ket-report,năm 2024,10/12/2024
            664,annual-report,2023,10/12/2023
            664,annual-ket-report,2025-Q5,10/12/2025

            """
        let tasks = "task,lead_unit,period,status,completed_on\nKH127.PL.II.33,LMHTX,2025-H2,not_started,\n"
        let folder = try ReliabilityTests.folder([
            ("u.csv", "units", units), ("c.csv", "cooperatives", cooperatives), ("i.csv", "indicators", indicators),
            ("r.csv", "reports", reports), ("t.csv", "tasks", tasks),
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, report) = SubmissionReader.load(folder: folder.path, options: ReadOptions(known: Self.known))
        #expect(
            report.diagnostics.map { $0.english.replacingOccurrences(of: folder.path + "/", with: "") } == [
                "c.csv:3:38: error: commune '66301' is not in district '664' (the units file places it in '663'); "
                    + "correct one of the two",
                "i.csv:3:7: warning: indicator 'Số tin bài' is read by no rule pack, so this record would count for "
                    + "nothing; did you mean 'news_items'?",
                "r.csv:3:23: error: period 'năm 2024' is not written as a period; write a year (2025), a half-year "
                    + "(2025-H1), a quarter (2025-Q3) or a month (2025-06)",
                "r.csv:4:5: warning: report 'annual-report' is read by no rule pack, so this record would count for "
                    + "nothing; did you mean 'annual-ket-report'?",
                "r.csv:5:23: error: period '2025-Q5' is not written as a period; write a year (2025), a half-year "
                    + "(2025-H1), a quarter (2025-Q3) or a month (2025-06)",
                "t.csv:2:1: warning: task 'KH127.PL.II.33' is read by no rule pack, so this record would count for "
                    + "nothing; did you mean 'KH127.PL.II.3'?",
            ])
        // Without the packs, nothing is said of what they read.
        let (_, alone) = SubmissionReader.load(folder: folder.path)
        #expect(alone.diagnostics.filter { $0.severity == .warning }.isEmpty)
    }
}
