import Foundation
import TestSupport
import Testing

/// Faults around the command line's files: where reports go, what a killed run left, what a
/// history may be. Each case failed before it was fixed.
@Suite struct OutputReliabilityTests {
    static let sample = TestPaths.root.appendingPathComponent("Samples/dak-nong-2025").path
    static let rules = TestPaths.root.appendingPathComponent("Rules").path

    static func scratch() throws -> URL {
        try #require(
            FileManager.default.isExecutableFile(atPath: Run.executable.path),
            "build coopcheck first: \(Run.executable.path)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopcheck-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func anOutputThatIsADeviceIsWrittenThroughNotReplaced() throws {
        let run = try ProcessRun(
            ["check", "--rules", Self.rules, "--data", Self.sample, "--rule", "KH127.IV.1", "--output", "/dev/stdout"],
            timeout: 60)
        #expect(run.out.hasPrefix("coopcheck check: "), "the report reaches standard output: \(run.out)")
        var status = stat()
        #expect(lstat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR, "/dev/null is still a device")
    }

    @Test func anOutputThatIsALinkReplacesTheFileItPointsToAndKeepsTheLink() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("report.txt")
        let link = folder.appendingPathComponent("latest.txt")
        try "old".write(to: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let run = try ProcessRun(
            ["check", "--rules", Self.rules, "--data", Self.sample, "--rule", "KH127.IV.1", "--output", link.path])
        #expect(run.status == 1, "a violation, reported: \(run.err)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("coopcheck check: "))
    }

    @Test func reportsAFolderTheyCannotBeWrittenIntoSaySoInWords() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ProcessRun(
            ["check", "--rules", Self.rules, "--data", Self.sample, "--rule", "KH127.IV.1", "--output", folder.path])
        #expect(run.status == 2)
        #expect(run.err.contains("cannot write \(folder.path): it is a folder"), "\(run.err)")
        #expect(!run.err.contains("NSCocoaErrorDomain"))
    }

    /// A nightly run configuration over the Đắk Nông sample, its reports in `reports`.
    static func configuration(in folder: URL, reports: String, history: String = "history.sqlite") throws -> String {
        let config = folder.appendingPathComponent("nightly.yaml")
        try """
        coopcheck_run: 1
        rules: [\(rules)]
        submissions: [\(sample)]
        history: \(history)
        outputs: { directory: \(reports), formats: [json] }

        """.write(to: config, atomically: true, encoding: .utf8)
        return config.path
    }

    @Test func aHistoryThatIsAlsoAReportIsRefusedBeforeAnythingRuns() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try Self.configuration(in: folder, reports: "reports", history: "reports/roll-up.json")
        let run = try ProcessRun(["run", "--config", config])
        #expect(run.status == 2)
        #expect(run.err.contains("the history would be"), "\(run.err)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("reports").path))
        // The configuration itself, or a file of a submission, cannot be the history either.
        let itself = try ProcessRun(["run", "--config", config, "--history", config])
        #expect(itself.status == 2 && itself.err.contains("the history would be"), "\(itself.err)")
        let inside = try ProcessRun(["run", "--config", config, "--history", Self.sample + "/history.sqlite"])
        #expect(inside.status == 2 && inside.err.contains("the history would be \(Self.sample)"), "\(inside.err)")
    }

    @Test func anotherProgramsDatabaseIsNotTakenOverAsAHistory() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let foreign = folder.appendingPathComponent("app.sqlite").path
        try OtherSQLite.run(foreign, "CREATE TABLE run (x)")
        let before = try Data(contentsOf: URL(fileURLWithPath: foreign))
        let config = try Self.configuration(in: folder, reports: "reports")
        let run = try ProcessRun(["run", "--config", config, "--history", foreign])
        #expect(run.status == 2)
        #expect(run.err.contains("this is a database of another program, not a coopcheck history"), "\(run.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: foreign)) == before, "not a byte was written")
    }

    @Test func generateStopsAtTheFirstWriteThatFails() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        // /dev/full refuses every write with "no space left on device", as a full disk does.
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("cooperatives.csv"), withDestinationURL: URL(fileURLWithPath: "/dev/full")
        )
        let run = try ProcessRun(["generate", "--cooperatives", "5000000", "--out", folder.path], timeout: 120)
        #expect(run.status == 2)
        #expect(run.err.contains("cannot write to \(folder.path)"), "\(run.err)")
    }

    @Test func aReportsFolderThatIsAFileIsSaidInWords() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "not a folder".write(to: folder.appendingPathComponent("reports"), atomically: true, encoding: .utf8)
        let run = try ProcessRun(["run", "--config", try Self.configuration(in: folder, reports: "reports")])
        #expect(run.status == 2)
        #expect(run.err.contains("it is a file, where the reports' folder must be"), "\(run.err)")
        #expect(!run.err.contains("NSCocoaErrorDomain"))
    }

    @Test func whatAKilledRunLeftHalfWrittenIsRemovedAtTheNextAndSaidSo() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reports = folder.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        // Left by a process that is gone (pid 4194300 is above Linux's default pid_max) and a file
        // of the user's that only looks similar.
        let leftover = ".roll-up.json.4194300.\(UUID().uuidString).tmp"
        try "{ half".write(to: reports.appendingPathComponent(leftover), atomically: true, encoding: .utf8)
        try "mine".write(to: reports.appendingPathComponent(".notes.tmp"), atomically: true, encoding: .utf8)
        let run = try ProcessRun(["run", "--config", try Self.configuration(in: folder, reports: "reports")])
        #expect(run.status == 1, "\(run.err)")
        #expect(run.out.contains("Removed 1 unfinished report file a killed run left: \(reports.path)/\(leftover)"))
        let left = try FileManager.default.contentsOfDirectory(atPath: reports.path).sorted()
        #expect(left == [".notes.tmp", "roll-up.json", "submissions"])
    }
}
