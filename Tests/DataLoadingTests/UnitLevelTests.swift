import DataLoading
import Foundation
import Testing

/// The level of a unit as Vietnamese documents and registries write it: every word at its tier,
/// with or without diacritics.
@Suite struct UnitLevelTests {
    @Test func everyLevelWordIsReadAtItsTier() throws {
        let rows = [
            ("01", "Thành phố Hà Nội", "Thành phố trực thuộc trung ương", ""),
            ("68", "Tỉnh Lâm Đồng", "tỉnh", ""),
            ("79", "Thành phố Hồ Chí Minh", "Thành phố", ""),
            ("660", "Thành phố Gia Nghĩa", "Thành phố", "68"),
            ("661", "Thành phố Bảo Lộc", "thanh pho thuoc tinh", "68"),
            ("662", "Huyện Cư Jút", "Huyện", "68"),
            ("760", "Quận 1", "Quận", "79"),
            ("663", "Thị xã Gia Nghĩa", "THỊ XÃ", "68"),
            ("66101", "Xã Quảng Sơn", "xa", "68"),
            ("66102", "Phường Nghĩa Đức", "Phường", "68"),
            ("66103", "Thị trấn Ea T'Ling", "thi tran", "68"),
            ("66104", "Đặc khu Phú Quý", "Đặc  khu", "68"),
            ("SNN", "Sở Nông nghiệp và Môi trường", "co quan", ""),
        ]
        let csv = "code,name,level,parent_code\n" + rows.map { "\($0.0),\($0.1),\($0.2),\($0.3)\n" }.joined()
        let folder = try ReliabilityTests.folder([("u.csv", "units", csv)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let (submission, report) = SubmissionReader.load(folder: folder.path)
        #expect(report.isValid, "\(report.diagnostics.map(\.english))")
        let levels = try #require(submission).records[.units]?.map { $0["level"] }
        #expect(
            levels
                == [
                    "province", "province", "province", "district", "district", "district", "district", "district",
                    "commune", "commune", "commune", "commune", "agency",
                ].map { .string($0) })
    }

    @Test func aWordThatIsNoLevelListsTheWordsThatAre() throws {
        let folder = try ReliabilityTests.folder([("u.csv", "units", "code,name,level,parent_code\n68,x,thôn,\n")])
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, report) = SubmissionReader.load(folder: folder.path)
        #expect(
            report.diagnostics.map { $0.english.replacingOccurrences(of: folder.path + "/", with: "") } == [
                "u.csv:2:6: error: level: 'thôn' is not a level; expected one of province, district, commune, agency "
                    + "(or cơ quan, huyện, phường, quận, thành phố, thành phố thuộc tỉnh, thành phố trực thuộc trung ương, "
                    + "thị trấn, thị xã, tỉnh, xã, đặc khu)"
            ])
    }

    /// Units whose register gives their dates: after 30/6/2025 a district no longer exists, and
    /// a 2026 register naming one is told which unit took its place.
    @Test func aUnitNamedOutsideItsLifetimeIsReportedAtItsCell() throws {
        let units = """
            code,name,level,parent_code,valid_from,valid_to,successor
            67,Tỉnh Đắk Nông,tỉnh,,,30/06/2025,68
            68,Tỉnh Lâm Đồng,tỉnh,,,,
            664,Huyện Krông Nô,huyện,67,,30/06/2025,68
            68001,Xã Nam Đà,xã,68,01/07/2025,,
            68002,Xã X,xã,68,01/07/2026,30/06/2026,

            """
        let indicators = """
            unit,indicator,year,value
            664,a,2026,1
            68001,b,2024,1
            68,c,2026,1

            """
        let invalidDates = "u.csv:6:29: error: valid_to 30/06/2026 is before valid_from 01/07/2026; check the two dates"
        for (period, expected) in [
            (
                2026,
                [
                    "i.csv:2:1: error: unit '664' existed until 30/06/2025, before the reporting period began; "
                        + "name the unit that took its place, '68'", invalidDates,
                ]
            ),
            (
                2024,
                [
                    "i.csv:3:1: error: unit '68001' was formed on 01/07/2025, after the reporting period ended; "
                        + "name the unit of that time", invalidDates,
                ]
            ),
        ] {
            let folder = try ReliabilityTests.folder(
                [("u.csv", "units", units), ("i.csv", "indicators", indicators)], period: period,
                province: period > 2025 ? "68" : "67")
            defer { try? FileManager.default.removeItem(at: folder) }
            let (_, report) = SubmissionReader.load(folder: folder.path)
            #expect(
                report.diagnostics.map { $0.english.replacingOccurrences(of: folder.path + "/", with: "") } == expected)
        }
    }

    /// A province of the earlier map cannot speak for a period of the new one: from 1/7/2025
    /// Đắk Nông (67) is part of Lâm Đồng (68). 2025 straddles both maps and takes either.
    @Test func aProvinceMergedBeforeThePeriodIsNotTheSubmissionsProvince() throws {
        for (period, province, expected) in [
            (
                2026, "67",
                [
                    "submission.yaml:3:11: error: province '67' was merged into '68' (Tỉnh Lâm Đồng) on 01/07/2025; "
                        + "a submission for a later period speaks for '68'"
                ]
            ),
            (2025, "67", []), (2026, "68", []), (2024, "64", []), (2026, "SYNTHETIC", []),
        ] {
            let folder = try ReliabilityTests.folder(
                [("u.csv", "units", "code,name,level,parent_code\n\(province),P,tỉnh,\n")], period: period,
                province: province)
            defer { try? FileManager.default.removeItem(at: folder) }
            let (_, report) = SubmissionReader.load(folder: folder.path)
            #expect(
                report.diagnostics.map { $0.english.replacingOccurrences(of: folder.path + "/", with: "") } == expected,
                "\(period) \(province)")
        }
    }

    /// A successor the units file does not list is told at its cell: the successor list is how
    /// a merged province's plans find their area, so a typo must not shrink it silently.
    @Test func aSuccessorThatIsNotListedIsReportedAtItsCell() throws {
        let units = """
            code,name,level,parent_code,valid_from,valid_to,successor
            68,Tỉnh Lâm Đồng,tỉnh,,,,
            67,Tỉnh Đắk Nông,tỉnh,,,30/06/2025,68
            66001,Phường Nghĩa Đức,phường,67,,30/06/2025,68101
            66002,Phường Nghĩa Thành,phường,67,,30/06/2025,68110
            68101,Phường Bắc Gia Nghĩa,phường,68,01/07/2025,,

            """
        let folder = try ReliabilityTests.folder([("u.csv", "units", units)], period: 2026, province: "68")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, report) = SubmissionReader.load(folder: folder.path)
        #expect(
            report.diagnostics.map { $0.english.replacingOccurrences(of: folder.path + "/", with: "") } == [
                "u.csv:5:48: error: successor '68110' of unit '66002' is not in the units file; list it, or correct the code"
            ])
    }

    /// A 2026 units file that still lists Đắk Nông as a province, with no date to say it ended,
    /// is told once, at its row; a row that gives the end date is history, and fine.
    @Test func aUnitsFileOfTheNewMapThatListsAProvinceThatIsGoneIsToldAtItsRow() throws {
        let units =
            "code,name,level,parent_code,valid_to\n68,Tỉnh Lâm Đồng,tỉnh,,\n67,Tỉnh Đắk Nông,tỉnh,,\n"
            + "60,Tỉnh Bình Thuận,tỉnh,,30/06/2025\n"
        let folder = try ReliabilityTests.folder([("u.csv", "units", units)], period: 2026, province: "68")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, report) = SubmissionReader.load(folder: folder.path)
        #expect(
            report.diagnostics.map { $0.english.replacingOccurrences(of: folder.path + "/", with: "") } == [
                "u.csv:3:1: error: code '67' existed until 30/06/2025, before the reporting period began; "
                    + "name the unit that took its place, '68'"
            ])
    }
}
