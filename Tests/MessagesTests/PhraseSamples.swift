import Expressions
import Foundation
import Messages
import Rules
import Warehouse

@testable import History

/// Every phrase, notice and usage error, with plausible values.
enum PhraseSamples {
    static let run = RunSummary(
        id: 2, startedAt: "2026-11-30T02:00:00Z", finishedAt: "2026-11-30T02:00:05Z", asOfRule: "period_end",
        asOf: "2025-12-31", configuration: "nightly.yaml", toolVersion: "0.1.0", submissionCount: 3,
        invalidSubmissionCount: 1, counts: [.violated: 20])
    static let changes = Phrase.ChangeCounts(
        newViolations: 3, resolvedViolations: 1, statusChanges: 2, scoreChanges: 1,
        submissionChanges: 0)
    static let day = CivilDate(year: 2025, month: 12, day: 31)!

    static let usages: [Notice.Usage] = [
        .notADate(option: "--as-of", found: "31/12/2025"), .notAPeriod(option: "--period", found: "năm 2025"),
        .unknownFormat("jsn", known: ["json", "html"], suggestion: "json"),
        .outputPerFormat(formats: 2, outputs: 1), .severalFormatsNeedOutputs, .dataTwice("Samples/dak-nong-2025"),
        .outputTwice("report.json"),
        .historyAndConfig, .historyMissing,
        .sourceDateEpoch(found: "soon", last: 253_402_300_799), .atLeast(option: "--jobs", minimum: 1, found: 0),
        .between(option: "--provinces", low: 1, high: 1000), .unknownLanguage("fr"),
        .database(.notADatabaseAddress("localhost:5432")), .database(.passwordInAddress),
        .noDatabase(source: "nguon.yaml"),
        .needs(option: "--submission", other: "--database"), .notBoth("--data", "--database"),
    ]

    static let databaseProblems: [WarehouseError] = [
        .unreachable(reason: "Connection refused (errno: 111)"),
        .queryFailed(
            reason: "relation \"cooperatives\" does not exist",
            query: "SELECT CAST(\"submission\" AS TEXT)\nFROM \"cooperatives\""),
        .badCell(table: "cooperatives", column: "members", text: "nhiều"),
        .noSubmissions(table: "coopcheck_submissions"),
        .unknownSubmission("dak-nong", known: ["dak-nong-2025", "lam-dong-2026"]),
    ]

    static let notices: [Notice] =
        [
            .packsInvalidNothingEvaluated, .packsInvalidNothingRun, .packsInvalidRunLint,
            .packErrors(count: 2, path: "Rules/a.yaml"),
            .noSuchPack("ctph-254", suggestion: "ctph-254-2024"),
            .noSuchRule("A.2", paths: ["Rules"], suggestion: "A.1"),
            .noSuchRule("A.2", paths: nil, suggestion: nil), .checking(submission: "Samples/dak-nong-2025", rules: 210),
            .provinceTwice(province: "67", submissions: ["dak-nong-2025", "dak-nong-2025-bis"]),
            .submissionInvalid("Samples/invalid/bad-dates"), .submissionNotLoaded("Samples/invalid/bad-dates"),
            .wroteReport(format: "html", file: "scorecard.html"),
            .cannotWrite(file: "/root/x.html", reason: "Permission denied"),
            .baselineUnreadable(file: "baseline.json", reason: "No such file or directory"),
            .baselineNotAReport(file: "baseline.json"), .baselineSummary(file: "baseline.json", known: 146, new: 1),
            .baselineSummary(file: "baseline.json", known: 1, new: 0),
            .newViolation(
                rule: "KH127.III.1", place: "Samples/dak-nong-2025/cooperatives.csv:41",
                text: "6700041: thiếu 'audit_advice'"), .configurationInvalid,
            .reportNotWritten(path: "reports/roll-up.html", reason: "disk full", run: 3, history: "history.sqlite"),
            .historyOverlaps(history: "reports/roll-up.json", other: "reports/roll-up.json"),
            .validationSummary(files: 2, records: 8, rejected: 2, errors: 2, warnings: 0),
            .validationSummary(files: 6, records: 425, rejected: 0, errors: 0, warnings: 0),
            .lintSummary(files: 5, rules: 210, errors: 0, warnings: 1),
            .examplesSummary(rules: 210, examples: 474, failed: 1, warnings: 2),
            .generated(files: ["units.csv", "cooperatives.csv"], folder: "/tmp/national"),
            .cannotGenerate(folder: "/root/x", reason: "Permission denied"), .interrupted,
            .noRules(paths: ["rules/"]), .noRules(paths: ["a/", "b.yaml"]),
            .noRulesInConfiguration(paths: ["empty"], configuration: "nightly.yaml"),
            .folderHasSubmission("nop-bao-cao"), .noSuchProvince("67", year: 2026), .noSuchProvince("99", year: 2024),
            .serving(address: "http://127.0.0.1:8080/", packs: 5), .cannotServe(reason: "Address already in use"),
            .badTokenLine(file: "tokens.txt", line: 3), .cannotRead(file: "tokens.txt", reason: "Permission denied"),
        ] + databaseProblems.map { Notice.database(address: "postgresql://coopcheck@127.0.0.1:5432/kttt", problem: $0) }
        + [] + usages.map(Notice.usage)

    static let web: [WebText] = [
        .title, .intro, .privacy, .province, .mapSince2025, .mapUntil2025, .period, .files, .filesHint, .token, .check,
        .otherLanguage, .template, .resultHeading(files: ["so-lieu-2025.xlsx"], province: "67", period: "2025"),
        .problems, .noProblems, .invalid(errors: 3), .invalid(errors: 1), .placeColumn, .severityColumn,
        .messageColumn, .sheetColumn, .cellColumn, .downloads, .downloadHTML, .downloadJSON, .downloadCSV,
        .downloadMarked, .checkAgain, .refused, .summary,
        .dueMet(Decimal(string: "0.25")!), .dueMet(nil), .worstGaps, .noGaps,
    ]

    static let all: [Phrase] =
        [
            .checkHeading(submissions: ["Samples/dak-nong-2025"], asOf: day),
            .reportHeading(submissions: ["a", "b"], asOf: day), .rollUp, .allTogether,
            .statusCounts([.violated: 21, .atRisk: 7, .met: 8]), .scoreOfDueTargets(Decimal(string: "0.67")!),
            .score(Decimal(string: "0.5")!),
            .findingsSummary(250), .moreRecords(46), .skippedPack(province: "67", submission: "national-2025"),
            .formerProvincePack(
                former: "Tỉnh Đắk Nông (67)", successor: "Tỉnh Lâm Đồng (68)", communes: 28, submission: "lam-dong-2026"
            ),
            .formerProvincePack(
                former: "Tỉnh Đắk Nông (67)", successor: "Tỉnh Lâm Đồng (68)", communes: 0, submission: "lam-dong-2026"),
            .notApplicable(rules: 46, submission: "dak-nong-2025"), .notSubmitted, .notSubmittedLine(province: "62"),
            .barLegend, .trendLegend,
            .barLabel(observed: "45%", target: "at least 45%"),
            .trendLabel(runs: 3, points: "2025-06-30 25%; 2025-12-31 40%"),
            .targetIs("at least 45%"), .none, .absent, .checkedSubmission, .invalidSubmission, .invalidWithErrors(3),
            .firstRecordedRun, .sinceRun(run, changes: changes),
            .diffHeading(from: run, to: nil),
            .changesSince(run), .changesSince(nil), .changeCounts(changes), .observedValue("45%"), .noRunRecorded,
            .runHeading(run: 3, submissions: 3, configuration: "nightly.yaml"), .asOfDate(day),
            .submissionInvalidLine(firstError: "c.csv:4:1: error: duplicate cooperative id '6700001'", errors: 1),
            .sinceRunLine(run: 2, changes: changes, history: "history.sqlite"), .firstRunOfHistory,
            .recordedRun(run: 3, history: "history.sqlite", reports: 10, directory: "reports"),
            .recordedRun(run: 3, history: "history.sqlite", reports: nil, directory: nil),
            .removedLeftovers(["reports/.roll-up.json.4242.0B1C6E53-7E11-4E3A-9D0B-8F1D2C3A4B5C.tmp"]),
            .runProgress(done: 1, total: 3, submission: "dak-nong-2025", valid: true),
            .invalidSubmissionNotEvaluated(name: "duplicate-id", path: "Samples/invalid/duplicate-id"),
            .moreAnnotations(131, severity: .error, fullReport: "coopcheck.sarif"),
            .moreAnnotations(1, severity: .warning, fullReport: nil),
            .findingsCut(shown: 120, total: 147, fullReport: "coopcheck.html"),
            .findingsCut(shown: 120, total: 147, fullReport: nil), .inputProblems(errors: 2, warnings: 1),
            .inputProblems(errors: 0, warnings: 1),
        ] + RunDiff.Cause.allCases.map(Phrase.violationCause)
        + RunDiff.InputChange.Kind.allCases.map(Phrase.inputChange) + Phrase.Heading.allCases.map(Phrase.heading)
        + Phrase.Column.allCases.map(Phrase.column)
        + notices.map(Phrase.notice) + web.map(Phrase.web)
}
