import Foundation
import TestSupport
import Testing

/// `coopcheck run`, `history` and `diff` on the sample nightly configuration, as processes of
/// their own: exact outputs (golden files, with the temporary folder shown as <tmp>), exit codes,
/// and what a run killed part-way leaves behind.
@Suite struct NightlyCommandTests {
    static let config = TestPaths.root.appendingPathComponent("Samples/nightly/nightly.yaml").path
    static let fixtures = TestPaths.tests.appendingPathComponent("CLITests/Fixtures/nightly")
    /// 2025-11-30T00:00:00Z: the runs are stamped with fixed times, so their reports are byte-identical.
    static let epoch = 1_764_460_800

    /// A temporary folder for one test's history and reports.
    struct Scratch {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "coopcheck-nightly-\(UUID().uuidString)")
        var history: String { folder.appendingPathComponent("history.sqlite").path }

        /// A new, empty scratch folder, once the coopcheck executable these tests run is built.
        static func made() throws -> Scratch {
            try #require(
                FileManager.default.isExecutableFile(atPath: Run.executable.path),
                "build coopcheck first: \(Run.executable.path)")
            let scratch = Scratch()
            try FileManager.default.createDirectory(at: scratch.folder, withIntermediateDirectories: true)
            return scratch
        }
        var reports: String { folder.appendingPathComponent("reports").path }

        func run(asOf: String, day: Int, jobs: Int = 2, environment: [String: String] = [:]) throws -> ProcessRun {
            try ProcessRun(
                [
                    "run", "--config", NightlyCommandTests.config, "--as-of", asOf, "--history", history,
                    "--output-dir", reports, "--jobs", "\(jobs)",
                ],
                environment: ["SOURCE_DATE_EPOCH": "\(NightlyCommandTests.epoch + day * 86_400)"].merging(environment) {
                    $1
                })
        }

        func coopcheck(_ arguments: String...) throws -> ProcessRun {
            try ProcessRun(arguments + ["--history", history])
        }

        /// Output with this folder and the repository shown as placeholders.
        func normalized(_ text: String) -> String {
            text.replacingOccurrences(of: folder.path, with: "<tmp>").replacingOccurrences(
                of: TestPaths.root.path + "/", with: "")
        }

        func report(_ name: String) throws -> String {
            try String(contentsOfFile: (reports as NSString).appendingPathComponent(name), encoding: .utf8)
        }
    }

    func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if let mismatch = Golden.mismatch(text, goldenFile: Self.fixtures.appendingPathComponent(name)) {
            Issue.record(Comment(rawValue: mismatch), sourceLocation: sourceLocation)
        }
    }

    @Test func twoRunsAreRecordedAndTheDiffShowsWhatChanged() throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: Run.executable.path),
            "build coopcheck first: \(Run.executable.path)")
        let scratch = Scratch()
        defer { try? FileManager.default.removeItem(at: scratch.folder) }

        let first = try scratch.run(asOf: "2025-06-30", day: 0)
        // One submission of the three is invalid: reported, and the other two are checked.
        #expect(first.exited && first.status == 1, "\(first.err)")
        expectGolden(scratch.normalized(first.out), "run-1.txt")
        let second = try scratch.run(asOf: "2025-12-31", day: 1)
        #expect(second.exited && second.status == 1, "\(second.err)")
        expectGolden(scratch.normalized(second.out), "run-2.txt")

        let history = try scratch.coopcheck("history")
        #expect(history.status == 0)
        expectGolden(history.out, "history.txt")
        for (format, file) in [("text", "diff.txt"), ("json", "diff.json"), ("markdown", "diff.md")] {
            let diff = try scratch.coopcheck("diff", "--format", format)
            #expect(diff.status == 1, "a new violation exits 1")
            expectGolden(diff.out, file)
        }
        let explicit = try scratch.coopcheck("diff", "1", "2")
        #expect(explicit.out == (try scratch.coopcheck("diff")).out)

        expectGolden(scratch.normalized(try scratch.report("submissions/national-2025.md")), "national-2025.md")
        expectGolden(
            scratch.normalized(try scratch.report("submissions/duplicate-id.errors.txt")), "duplicate-id.errors.txt")
        let html = try scratch.report("roll-up.html")
        #expect(html.contains("<svg class=\"trend\" width=\"120\" height=\"28\""))
        #expect(
            html.contains(
                "Since run 1 (as of 2025-06-30, 2025-11-30T00:00:00Z): 35 new violations, 0 resolved, 33 other status changes"
            ))

        let itself = try scratch.coopcheck("diff", "2")
        #expect(itself.status == 2)
        #expect(
            scratch.normalized(itself.err)
                == "<tmp>/history.sqlite: error: both runs to compare are run 2; give two different runs (see 'coopcheck history')\n"
        )

        // The same inputs at the same times give byte-identical reports, on one core as on two.
        let again = Scratch()
        defer { try? FileManager.default.removeItem(at: again.folder) }
        _ = try again.run(asOf: "2025-06-30", day: 0, jobs: 1)
        _ = try again.run(asOf: "2025-12-31", day: 1, jobs: 1)
        for name in [
            "roll-up.html", "roll-up.json", "roll-up.md", "submissions/dak-nong-2025.json",
            "submissions/national-2025.html",
        ] {
            #expect(try again.report(name) == (try scratch.report(name)), "\(name) differs between two identical runs")
        }
    }

    @Test func aRunKilledInsideItsHistoryTransactionLeavesTheEarlierRunsIntact() throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: Run.executable.path),
            "build coopcheck first: \(Run.executable.path)")
        let scratch = Scratch()
        defer { try? FileManager.default.removeItem(at: scratch.folder) }
        #expect(try scratch.run(asOf: "2025-06-30", day: 0).status == 1)
        let before = try scratch.coopcheck("history", "--format", "json").out

        // Killed (SIGKILL, no chance to clean up) after its findings are written, before the commit.
        let killed = try scratch.run(
            asOf: "2025-12-31", day: 1, environment: ["COOPCHECK_TEST_KILL_IN_HISTORY_TRANSACTION": "1"])
        #expect(!killed.exited && killed.status == SIGKILL)

        let after = try scratch.coopcheck("history", "--format", "json")
        #expect(after.status == 0, "\(after.err)")
        #expect(after.out == before, "the history holds run 1 only, as before")
        let diff = try scratch.coopcheck("diff")
        #expect(diff.status == 2)
        #expect(
            scratch.normalized(diff.err)
                == "<tmp>/history.sqlite: error: a comparison needs two runs and the history holds 1; record another with 'coopcheck run'\n"
        )
        #expect(try integrityCheck(scratch.history) == "ok")

        // The next run is recorded as run 2 and compares with run 1.
        let next = try scratch.run(asOf: "2025-12-31", day: 1)
        #expect(next.status == 1)
        #expect(next.out.contains("\nSince run 1: 35 new violations, 0 resolved, 33 other status changes"))
        #expect(try scratch.coopcheck("history").out.components(separatedBy: "\n").filter { !$0.isEmpty }.count == 3)
    }

    /// SQLite's own check of the file, by another SQLite than coopcheck's.
    func integrityCheck(_ path: String) throws -> String {
        try OtherSQLite.run(path, "PRAGMA integrity_check")
    }

    @Test func aMissingOrInvalidSubmissionIsReportedAndTheOthersAreChecked() throws {
        let scratch = try Scratch.made()
        defer { try? FileManager.default.removeItem(at: scratch.folder) }
        let samples = TestPaths.root.appendingPathComponent("Samples").path
        let config = scratch.folder.appendingPathComponent("nightly.yaml")
        try """
        coopcheck_run: 1
        rules: [\(TestPaths.root.appendingPathComponent("Rules").path)]
        submissions:
          - \(samples)/invalid/bad-dates
          - \(scratch.folder.path)/gia-lai-2025
          - \(samples)/dak-nong-2025

        """.write(to: config, atomically: true, encoding: .utf8)
        // No outputs in the configuration: --output-dir with the default formats.
        let run = try ProcessRun(
            ["run", "--config", config.path, "--output-dir", scratch.reports],
            environment: ["SOURCE_DATE_EPOCH": "\(Self.epoch)"])
        #expect(run.status == 1)
        expectGolden(scratch.normalized(run.out), "run-missing.txt")
        let written = try FileManager.default.contentsOfDirectory(
            atPath: scratch.folder.appendingPathComponent("reports/submissions").path
        ).sorted()
        // An invalid submission's problems in every format, and as the text of its errors.
        #expect(
            written == [
                "bad-dates.errors.txt", "bad-dates.html", "bad-dates.json", "bad-dates.md", "dak-nong-2025.html",
                "dak-nong-2025.json", "dak-nong-2025.md", "gia-lai-2025.errors.txt", "gia-lai-2025.html",
                "gia-lai-2025.json", "gia-lai-2025.md",
            ])
        let problems = try scratch.report("submissions/bad-dates.json")
        #expect(problems.contains("\"code\": \"data.cell.notADate\""))
        let runs = try ProcessRun(["history", "--config", config.path, "--format", "json"])
        #expect(runs.out.contains("\"submissions\": 3,\n    \"invalid_submissions\": 2,"))
    }

    @Test func anExpectedProvinceWithNoSubmissionIsNotSubmittedDistinctFromInvalid() throws {
        let scratch = try Scratch.made()
        defer { try? FileManager.default.removeItem(at: scratch.folder) }
        let samples = TestPaths.root.appendingPathComponent("Samples").path
        let config = scratch.folder.appendingPathComponent("nightly.yaml")
        // Three provinces expected: Đắk Nông (67) sent its folder, Gia Lai (64) an invalid one
        // (its manifest names the province), and Kon Tum (62) nothing at all.
        try FileManager.default.createDirectory(
            at: scratch.folder.appendingPathComponent("gia-lai-2025"), withIntermediateDirectories: true)
        try """
        coopcheck_submission: 1
        unit: SKHDT
        province: "64"
        period: 2025
        prepared_on: 2026-01-10
        files: [{ path: missing.csv, kind: cooperatives }]

        """.write(
            to: scratch.folder.appendingPathComponent("gia-lai-2025/submission.yaml"), atomically: true,
            encoding: .utf8)
        // Lâm Đồng (68) sent a folder named by its code with no manifest: invalid, not missing.
        try FileManager.default.createDirectory(
            at: scratch.folder.appendingPathComponent("68"), withIntermediateDirectories: true)
        try """
        coopcheck_run: 1
        rules: [\(TestPaths.root.appendingPathComponent("Rules").path)]
        submissions:
          - \(samples)/dak-nong-2025
          - \(scratch.folder.path)/gia-lai-2025
          - \(scratch.folder.path)/68
        expected_provinces: ["67", "64", "62", "68"]

        """.write(to: config, atomically: true, encoding: .utf8)
        let run = try ProcessRun(
            ["run", "--config", config.path, "--output-dir", scratch.reports, "--lang", "en"],
            environment: ["SOURCE_DATE_EPOCH": "\(Self.epoch)"])
        #expect(run.status == 1)
        #expect(run.out.contains("  62  not submitted: the run expects a submission for province 62 and none came"))
        #expect(!run.out.contains("64  not submitted"), "an invalid submission is not a missing one")
        #expect(!run.out.contains("68  not submitted"), "nor is a province's folder without a manifest")
        let json = try String(
            contentsOf: scratch.folder.appendingPathComponent("reports/roll-up.json"), encoding: .utf8)
        #expect(json.contains("\"name\": \"62\",\n"))
        #expect(json.contains("\"status\": \"not_submitted\""))
        #expect(json.contains("\"status\": \"invalid\""))
        let runs = try ProcessRun(["history", "--config", config.path, "--format", "json"])
        #expect(runs.out.contains("\"submissions\": 3,\n    \"invalid_submissions\": 2,"), "\(runs.out)")
    }

    /// `expected_provinces: official` expects the map of the as-of date: the 63 provinces before
    /// 1/7/2025, the 34 after, where a submission of Đắk Nông (67) no longer stands for a unit.
    @Test func theOfficialMapOfTheAsOfDateSaysWhoHasNotSubmitted() throws {
        let scratch = try Scratch.made()
        defer { try? FileManager.default.removeItem(at: scratch.folder) }
        let config = scratch.folder.appendingPathComponent("nightly.yaml")
        try """
        coopcheck_run: 1
        rules: [\(TestPaths.root.appendingPathComponent("Rules").path)]
        submissions: [\(TestPaths.root.appendingPathComponent("Samples/dak-nong-2025").path)]
        expected_provinces: official

        """.write(to: config, atomically: true, encoding: .utf8)
        for (asOf, missing, present, absent) in [
            ("2025-06-30", 62, "  60  not submitted", "  67  not submitted"),
            ("2025-12-31", 34, "  68  not submitted", "  60  not submitted"),
        ] {
            let run = try ProcessRun(
                [
                    "run", "--config", config.path, "--as-of", asOf, "--history", scratch.history, "--output-dir",
                    scratch.reports, "--lang", "en",
                ], environment: ["SOURCE_DATE_EPOCH": "\(Self.epoch)"])
            #expect(run.status == 1, "\(run.err)")
            let lines = run.out.split(separator: "\n").filter { $0.contains("  not submitted: ") }
            #expect(lines.count == missing, "as of \(asOf)")
            #expect(run.out.contains(present) && !run.out.contains(absent), "as of \(asOf)")
        }
    }

    /// A national submission generated on the 2025 map (100,000 cooperatives, as the issue asks)
    /// covers every unit of that map through its units file, with no district level. Judged at a
    /// date before 1/7/2025, it speaks only for the 11 provinces that were not reorganised: the
    /// other 52 of the 63 are missing, Bắc Giang (24) among them though the new Bắc Ninh has its code.
    @Test func aNationalSubmissionOnThe2025MapCoversTheMapOfItsDate() throws {
        let scratch = try Scratch.made()
        defer { try? FileManager.default.removeItem(at: scratch.folder) }
        let data = scratch.folder.appendingPathComponent("national-2026").path
        let generate = try ProcessRun(["generate", "--map", "2025", "--cooperatives", "100000", "--out", data])
        #expect(generate.status == 0, "\(generate.err)")
        let levels = try String(contentsOfFile: data + "/units.csv", encoding: .utf8).split(separator: "\n").dropFirst()
            .map { $0.split(separator: ",", omittingEmptySubsequences: false)[2] }
        #expect(Set(levels) == ["tỉnh", "thành phố trực thuộc trung ương", "xã", "phường"])
        #expect(levels.filter { $0 == "tỉnh" || $0 == "thành phố trực thuộc trung ương" }.count == 34)
        #expect(try ProcessRun(["validate", data]).status == 0)
        let config = scratch.folder.appendingPathComponent("nightly.yaml")
        try """
        coopcheck_run: 1
        rules: [\(TestPaths.root.appendingPathComponent("Rules").path)]
        submissions: [\(data)]
        expected_provinces: official

        """.write(to: config, atomically: true, encoding: .utf8)
        for (asOf, missing) in [("2026-12-31", 0), ("2025-06-30", 52)] {
            let run = try ProcessRun(
                [
                    "run", "--config", config.path, "--as-of", asOf, "--history", scratch.history, "--output-dir",
                    scratch.reports, "--lang", "en",
                ], environment: ["SOURCE_DATE_EPOCH": "\(Self.epoch)"])
            #expect([0, 1].contains(run.status), "\(run.err)")
            let lines = run.out.split(separator: "\n").filter { $0.contains("  not submitted: ") }
            #expect(lines.count == missing, "as of \(asOf)")
            if missing > 0 {
                #expect(lines.contains { $0.hasPrefix("  24  not submitted") })
                #expect(!lines.contains { $0.hasPrefix("  01  not submitted") })
            }
        }
    }

    @Test func aRunConfigurationExpectsAListOrTheOfficialMap() throws {
        let scratch = try Scratch.made()
        defer { try? FileManager.default.removeItem(at: scratch.folder) }
        let config = scratch.folder.appendingPathComponent("nightly.yaml")
        try "coopcheck_run: 1\nrules: [Rules]\nsubmissions: [x]\nexpected_provinces: all\n".write(
            to: config, atomically: true, encoding: .utf8)
        let run = try ProcessRun(["run", "--config", config.path, "--lang", "en"])
        #expect(run.status == 2)
        #expect(run.err.contains("nightly.yaml:4:21: error: "), "\(run.err)")
    }

    @Test func strayFilesInASubmissionFolderAreNeitherReadNorHashed() throws {
        let scratch = try Scratch.made()
        defer { try? FileManager.default.removeItem(at: scratch.folder) }
        let folder = scratch.folder.appendingPathComponent("dak-nong-2025")
        try FileManager.default.copyItem(
            at: TestPaths.root.appendingPathComponent("Samples/dak-nong-2025"), to: folder)
        // A FIFO (opening it would wait for a writer forever), a link to an endless device and a
        // link leading out of the folder: none of them is listed by the manifest.
        #expect(mkfifo(folder.appendingPathComponent("stray.fifo").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("zero"), withDestinationURL: URL(fileURLWithPath: "/dev/zero"))
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("passwd"), withDestinationURL: URL(fileURLWithPath: "/etc/passwd"))
        let config = scratch.folder.appendingPathComponent("nightly.yaml")
        try """
        coopcheck_run: 1
        rules: [\(TestPaths.root.appendingPathComponent("Rules").path)]
        submissions: [\(folder.path)]

        """.write(to: config, atomically: true, encoding: .utf8)
        let run = try ProcessRun(
            ["run", "--config", config.path, "--output-dir", scratch.reports], timeout: 120)
        #expect(!run.timedOut && run.exited, "the run must finish")
        #expect(run.status == 1, "\(run.err)")
        let hashed = try OtherSQLite.run(
            scratch.history, "SELECT path FROM run_input WHERE kind = 'submission_file' ORDER BY path")
        let expected = [
            "cooperatives.csv", "indicators.csv", "reports.csv", "submission.yaml", "tasks.csv", "units.csv",
        ]
        #expect(hashed == expected.map { folder.appendingPathComponent($0).path }.joined(separator: "\n"))
    }

    @Test func aSourceDateEpochThatIsNotWholeSecondsIsRefused() throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: Run.executable.path),
            "build coopcheck first: \(Run.executable.path)")
        for epoch in ["1764460800000000", "nan", "-1", "1.5"] {
            let run = try ProcessRun(
                ["run", "--config", Self.config, "--history", "/nonexistent/h.sqlite"],
                environment: ["SOURCE_DATE_EPOCH": epoch])
            #expect(run.exited && run.status == 2)
            #expect(
                run.err.hasPrefix(
                    "Error: SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC, from 0 to 253402300799; found '\(epoch)'"
                ))
        }
    }

    @Test func historyAndDiffNeedAHistoryAndSayWhere() throws {
        let none = Run("history")
        #expect(none.status == 2)
        #expect(
            none.err.contains("Error: give the history: --history FILE, or --config FILE for a run configuration's"))
        let missing = Run("diff", "--history", "/nonexistent/history.sqlite")
        #expect(missing.status == 2)
        #expect(
            missing.err
                == "/nonexistent/history.sqlite: error: no history here; record a run first with 'coopcheck run --config FILE' (or give --history)\n"
        )
        let noConfig = Run("run", "--config", "/nonexistent/nightly.yaml")
        #expect(noConfig.status == 2)
        #expect(
            noConfig.err
                == "/nonexistent/nightly.yaml:1:1: error: no run configuration here; see docs/nightly.md for one, or Samples/nightly/nightly.yaml\nerror: the run configuration is invalid; nothing was run\n"
        )
    }
}

/// A run whose rule paths hold no rule judges nothing: exit 2, nothing recorded.
@Suite struct NightlyRunWithoutRulesTests {
    @Test func aRunConfigurationWhoseRulesFolderIsEmptyIsInvalidInput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopcheck-norules-\(UUID())")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("empty"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("nightly.yaml")
        try """
        coopcheck_run: 1
        rules: [empty]
        submissions: [\(TestPaths.root.appendingPathComponent("Samples/dak-nong-2025").path)]
        history: history.sqlite

        """.write(to: config, atomically: true, encoding: .utf8)
        let run = Run("run", "--config", config.path)
        #expect(run.status == 2)
        #expect(run.out == "")
        #expect(
            run.err.hasSuffix(
                "error: no rule to evaluate: \(folder.path)/empty holds no rule; name rule-pack files or folders of them in 'rules' of \(config.path), or leave 'rules' out for the built-in packs\n"
            ))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("history.sqlite").path))
    }
}
