import DataLoading
import Diagnostics
import Expressions
import Foundation
import TestSupport
import Testing

/// What a second round of hostile inputs found in loading: every value read as written, nothing
/// left unread without a word.
@Suite struct ReliabilityTests {
    /// A submission folder with a manifest of Vietnamese conventions and the given files.
    static func folder(
        _ files: [(name: String, kind: String, text: String)], period: Int = 2025, province: String = "67"
    ) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopcheck-rel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var manifest = """
            coopcheck_submission: 1
            unit: SKHDT
            province: "\(province)"
            period: \(period)
            prepared_on: \(period + 1)-01-10
            conventions: { numbers: vietnamese, dates: dd/mm/yyyy }
            files:

            """
        for file in files {
            manifest += "  - { path: \(file.name), kind: \(file.kind) }\n"
            try file.text.write(to: folder.appendingPathComponent(file.name), atomically: true, encoding: .utf8)
        }
        try manifest.write(to: folder.appendingPathComponent("submission.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aJSONNumberIsTheNumberItWritesWhateverTheConventionForText() throws {
        // Vietnamese conventions: as text "12.345" is twelve thousand three hundred forty-five; as a
        // JSON number 12.345 is twelve and a bit, and 48.7 is forty-eight point seven.
        let json = """
            [
              {"unit": "LMHTX", "indicator": "a", "year": 2025, "value": 12.345},
              {"unit": "LMHTX", "indicator": "b", "year": 2025, "value": 48.7},
              {"unit": "LMHTX", "indicator": "c", "year": 2025, "value": "12.345"},
              {"unit": "LMHTX", "indicator": "d", "year": 2025, "value": 1e3}
            ]
            """
        let folder = try Self.folder([("i.json", "indicators", json)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let (submission, report) = SubmissionReader.load(folder: folder.path)
        #expect(report.isValid, "\(report.diagnostics.map(\.english))")
        let values = try #require(submission).records[.indicators]?.map { $0["value"] }
        #expect(
            values == [
                .decimal(Decimal(string: "12.345")!), .decimal(Decimal(string: "48.7")!), .decimal(12345),
                .decimal(1000),
            ])
    }

    @Test func aPlainYAMLNumberIsTypedAndAQuotedOneIsText() throws {
        let yaml = """
            - { unit: LMHTX, indicator: a, year: 2025, value: 1.5 }
            - { unit: LMHTX, indicator: b, year: 2025, value: "1.500" }
            - unit: LMHTX
              indicator: c
              year: 2025
              value: 1.500,5
            """
        let folder = try Self.folder([("i.yaml", "indicators", yaml)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let (submission, report) = SubmissionReader.load(folder: folder.path)
        #expect(report.isValid, "\(report.diagnostics.map(\.english))")
        let values = try #require(submission).records[.indicators]?.map { $0["value"] }
        // `1.500,5` is no YAML number: it is text, read by the manifest's Vietnamese convention.
        #expect(values == [.decimal(Decimal(string: "1.5")!), .decimal(1500), .decimal(Decimal(string: "1500.5")!)])
    }

    static let tasksHeader = "task,lead_unit,deliverable,period,status,completed_on\n"

    /// Loads a tasks file of `count` good rows with some replaced (by index), and returns the
    /// report and the CSV file's problems, with the folder's path left out.
    static func tasks(_ count: Int, spoilt: [Int: String]) throws -> (ValidationReport, [String]) {
        let rows = (1...count).map { spoilt[$0 - 1] ?? "T\($0),SKHDT,plan,,done,01/02/2025\n" }
        let folder = try folder([("t.csv", "tasks", tasksHeader + rows.joined())])
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, report) = SubmissionReader.load(folder: folder.path)
        let problems = report.diagnostics.filter { $0.location.file.hasSuffix(".csv") }
            .map { $0.english.replacingOccurrences(of: folder.path + "/", with: "") }
        return (report, problems)
    }

    @Test func aRowSpoiltByAStrayQuoteOrAnExtraFieldIsLeftOutAndReadingGoesOn() throws {
        let (report, problems) = try Self.tasks(
            8,
            spoilt: [
                1: "T2,SKHDT,plan,,done,01/02/2025,extra\n", 4: "T5,SK\"HDT,plan,,done,01/02/2025\n",
                6: "\"T7\"x,SKHDT,plan,,done,01/02/2025\n",
            ])
        #expect(
            problems
                == [
                    "t.csv:3:1: error: this row has 7 fields but the header has 6; check the delimiter (',') and quotes",
                    "t.csv:6:6: error: a quote inside an unquoted field; enclose the field in quotes and double the quote (\"\")",
                    "t.csv:8:5: error: unexpected text after a closing quote; double a quote inside a quoted field (\"\")",
                ])
        #expect(report.recordCount == 8 && report.rejectedCount == 3)
    }

    @Test func whereReadingMustStopTheLinesNotReadAreCounted() throws {
        // The quote is never closed.
        let (_, problems) = try Self.tasks(6, spoilt: [2: "T3,\"SKHDT,plan,,done,01/02/2025\n"])
        #expect(
            problems
                == [
                    "t.csv:4:4: error: a quoted field is not closed: add the closing '\"'",
                    "t.csv:4:4: warning: reading of this file stopped here: its 3 later lines were not read",
                ])
    }

    @Test func invisibleAndControlCharactersAreShownEscaped() throws {
        // A zero-width space inside a header (as a copy from a web page leaves it) and a terminal
        // escape sequence in a cell; a NUL written as JSON's escape in a value.
        let header = "task,lead\u{200B}_unit,deliverable,period,status,completed_on\nT9,SKHDT,plan,,done,01/02/2025\n"
        let cell = Self.tasksHeader + "T1,SKHDT,plan,,done,01/02/2025\nT2,SKHDT,plan,,\u{1B}[31mdone,01/02/2025\n"
        let json = #"[{"unit": "LMHTX", "indicator": "a\u0000", "year": 2025, "value": 1, "period": "Q\u0000"}]"#
        let folder = try Self.folder([
            ("h.csv", "tasks", header), ("t.csv", "tasks", cell), ("i.json", "indicators", json),
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, report) = SubmissionReader.load(folder: folder.path)
        let lines = report.diagnostics.map(\.english)
        // The header is matched without its invisible character; the value is shown escaped.
        #expect(!lines.contains { $0.contains("h.csv") }, "\(lines)")
        #expect(lines.contains { $0.contains("'\\e[31mdone'") }, "\(lines)")
        #expect(!lines.contains { $0.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x200B } })
        #expect(Visible.escaped("HTX\u{0}") == "HTX\\0")
        #expect(Visible.escaped("Mã HTX") == "Mã HTX", "Vietnamese letters and marks are kept")
    }

    /// The problems of the submission's own files, with the folder's path left out.
    static func problems(_ report: ValidationReport, in folder: URL) -> [String] {
        report.diagnostics.filter { !$0.location.file.hasSuffix("submission.yaml") || $0.severity == .error }
            .map { $0.english.replacingOccurrences(of: folder.path + "/", with: "") }
    }

    @Test func aHeadersCauseIsSaidBeforeTheFileIsCalledUnreadable() throws {
        let csv = "task,task,lead_unit,deliverable,period,status,completed_on\nT9,SKHDT,plan,,done,01/02/2025\n"
        let folder = try Self.folder([("t.csv", "tasks", csv)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, report) = SubmissionReader.load(folder: folder.path)
        // The rows are not measured against a header that cannot be read.
        #expect(
            Self.problems(report, in: folder) == [
                "t.csv:1:6: error: column 'task' is field 'task' again; it is already at t.csv:1:1",
                "t.csv:1:6: error: no record of this file was read because its header is invalid",
            ])
        #expect(report.rejectedCount == 1)
    }

    @Test func excelsSeparatorLineNamesTheDelimiter() throws {
        let csv =
            "sep=;\r\ntask;lead_unit;deliverable;period;status;completed_on\r\nT1;SKHDT;plan;;done;01/02/2025\r\nT2;SKHDT;plan;;don;01/02/2025\r\n"
        let folder = try Self.folder([("t.csv", "tasks", csv)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, report) = SubmissionReader.load(folder: folder.path)
        // Read with ';', the first row is whole and the second is wrong only in its status.
        #expect(
            Self.problems(report, in: folder) == [
                "t.csv:4:16: error: status: 'don' is not a status; expected one of done, in_progress, not_started "
                    + "(or chưa thực hiện, hoàn thành, đang thực hiện)"
            ])
        #expect(report.recordCount == 2 && report.rejectedCount == 1)
    }

    @Test func aPathThatIsNoDataFileSaysWhatItIs() throws {
        let folder = try Self.folder([
            ("dot.csv", "tasks", ""), ("loop.csv", "tasks", ""), ("gone.csv", "tasks", ""), ("w.csv", "tasks", ""),
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let manager = FileManager.default
        let manifest = folder.appendingPathComponent("submission.yaml")
        try String(contentsOf: manifest, encoding: .utf8).replacingOccurrences(of: "path: dot.csv", with: "path: .")
            .write(to: manifest, atomically: true, encoding: .utf8)
        for (name, target) in [("loop.csv", "loop.csv"), ("gone.csv", "nothing.csv")] {
            try manager.removeItem(at: folder.appendingPathComponent(name))
            try manager.createSymbolicLink(
                atPath: folder.appendingPathComponent(name).path, withDestinationPath: target)
        }
        // UTF-32 with its byte-order mark, as a converter writes it.
        var wide = Data([0xFF, 0xFE, 0, 0])
        wide.append(Self.tasksHeader.data(using: .utf32LittleEndian)!)
        try wide.write(to: folder.appendingPathComponent("w.csv"))
        let (_, report) = SubmissionReader.load(folder: folder.path)
        #expect(
            Self.problems(report, in: folder).filter { !$0.contains("w.csv") } == [
                "submission.yaml:8:13: error: '.' is a folder, not a data file",
                "submission.yaml:9:13: error: 'loop.csv' is a link that leads back to itself; name the data file itself",
                "submission.yaml:10:13: error: 'gone.csv' is a link to a file that does not exist; name the data file itself",
            ])
        // The manifest refused, no file was read; the encoding is checked with the file alone.
        let alone = try Self.folder([("w.csv", "tasks", "")])
        defer { try? FileManager.default.removeItem(at: alone) }
        try wide.write(to: alone.appendingPathComponent("w.csv"))
        #expect(
            Self.problems(SubmissionReader.load(folder: alone.path).1, in: alone) == [
                "w.csv:1:1: error: the file is UTF-32; save it as 'CSV UTF-8' and submit it again"
            ])
    }

    @Test func aDissolutionOrCompletionAfterThePreparationDateIsQuestioned() throws {
        let csv = Self.tasksHeader + "T1,SKHDT,plan,,done,31/12/9999\n"
        let folder = try Self.folder([("t.csv", "tasks", csv)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let (submission, report) = SubmissionReader.load(folder: folder.path)
        #expect(
            Self.problems(report, in: folder) == [
                "t.csv:2:21: warning: completed_on 31/12/9999 is after the submission was prepared (10/01/2026); "
                    + "give the date it happened, or leave the cell empty if it has not"
            ])
        #expect(submission?.records[.tasks]?.count == 1, "a warning: the record is kept")
    }
}
