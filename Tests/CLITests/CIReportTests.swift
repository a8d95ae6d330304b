import Foundation
import TestSupport
import Testing

/// What a CI job gets: every report format for invalid input too, SARIF that code scanning
/// resolves and keeps apart, JUnit that Jenkins' schema accepts, capped GitHub annotations and
/// Markdown, CSV a Vietnamese spreadsheet reads as written, and a baseline gate.
@Suite struct CIReportTests {
    static let sample = TestPaths.root.appendingPathComponent("Samples/dak-nong-2025")
    static let national = TestPaths.root.appendingPathComponent("Samples/national-2025")
    static let invalid = TestPaths.root.appendingPathComponent("Samples/invalid")

    static func fresh() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopcheck-ci-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func json(_ file: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
    }

    static func results(_ sarif: [String: Any]) throws -> [[String: Any]] {
        let runs = try #require(sarif["runs"] as? [[String: Any]])
        return try #require(runs.first?["results"] as? [[String: Any]])
    }

    /// Every `artifactLocation.uri` anywhere in a SARIF document.
    static func uris(_ value: Any) -> [String] {
        if let object = value as? [String: Any] {
            let own = (object["artifactLocation"] as? [String: Any])?["uri"] as? String
            return (own.map { [$0] } ?? []) + object.values.flatMap(uris)
        }
        return (value as? [Any])?.flatMap(uris) ?? []
    }

    static let invalidSamples = (try? FileManager.default.contentsOfDirectory(atPath: invalid.path).sorted()) ?? []

    @Test(arguments: invalidSamples)
    func validateWritesSARIFWithAResultPerDiagnosticAtItsLine(sample: String) throws {
        let folder = try Self.fresh()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = Self.invalid.appendingPathComponent(sample).path
        let sarif = folder.appendingPathComponent("v.sarif")
        let run = Run("validate", path, "--format", "sarif", "--output", sarif.path)
        #expect(run.status == 2)
        #expect(run.out == "")
        let schema = TestPaths.tests.appendingPathComponent("Tools/sarif-schema-2.1.0.json").path
        if let valid = try Python.tool("validate_sarif.py", [sarif.path, schema], needs: "jsonschema") {
            #expect(valid.status == 0, "\(valid.output)")
        }
        // The text report's lines, `file:line:column: severity: message`, are the results.
        let lines = Run("validate", path).out.split(separator: "\n").map(String.init)
        let results = try Self.results(try Self.json(sarif))
        #expect(results.count == lines.count)
        for (result, line) in zip(results, lines) {
            let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"])
            let region = try #require((location as? [String: Any])?["region"] as? [String: Any])
            let parts = line.split(separator: ":", maxSplits: 3)
            #expect(region["startLine"] as? Int == Int(parts[1]), "\(line)")
            #expect(region["startColumn"] as? Int == Int(parts[2]), "\(line)")
            #expect(
                (result["message"] as? [String: Any])?["text"] as? String
                    == String(parts[3].drop { $0 != " " }.dropFirst().drop { $0 != " " }.dropFirst()))
        }
    }

    @Test func checkOnAnInvalidSubmissionWritesTheJUnitReportAndExits2() throws {
        let folder = try Self.fresh()
        defer { try? FileManager.default.removeItem(at: folder) }
        let junit = folder.appendingPathComponent("r.xml"), github = folder.appendingPathComponent("r.txt")
        let run = Run(
            "check", "--data", Self.invalid.appendingPathComponent("duplicate-id").path, "--format", "junit",
            "--output", junit.path, "--format", "github", "--output", github.path)
        #expect(run.status == 2)
        let xml = try String(contentsOf: junit, encoding: .utf8)
        #expect(
            xml.contains(
                "<failure type=\"data.duplicateCooperative\" message=\"duplicate cooperative id &apos;6700001&apos;"))
        if let valid = try Python.tool("validate_junit.py", [junit.path], needs: "lxml") {
            #expect(valid.status == 0, "\(valid.output)")
        }
        let annotations = try String(contentsOf: github, encoding: .utf8)
        #expect(annotations.hasPrefix("::error file="))
        #expect(
            annotations.contains(
                "duplicate-id/cooperatives.csv,line=4,col=1,title=coopcheck data.duplicateCooperative::"))
    }

    /// A submission folder whose path has spaces, Vietnamese letters, `#` and `%`.
    @Test func sarifURIsAreRelativeAndEncodedAndFingerprintsAreUniqueAndStable() throws {
        let root = try Self.fresh()
        defer { try? FileManager.default.removeItem(at: root) }
        let odd = root.appendingPathComponent("nộp báo cáo/Đắk Nông 2025 #1 100%")
        try FileManager.default.createDirectory(at: odd.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.sample, to: odd)
        func sarif(_ name: String) throws -> [String: Any] {
            let file = root.appendingPathComponent(name)
            let run = Run(
                "check", "--data", odd.path, "--sarif-root", root.path, "--format", "sarif", "--output", file.path)
            #expect(run.status == 1)
            return try Self.json(file)
        }
        let first = try sarif("a.sarif"), second = try sarif("b.sarif")
        let uris = Self.uris(first)
        #expect(!uris.isEmpty)
        let reference = try Regex("^[A-Za-z0-9._~%!$&'()*+,;=:@/-]+$")
        for uri in uris {
            #expect(!uri.hasPrefix("/") && !uri.hasPrefix("file:"), "\(uri) is relative")
            #expect(uri.wholeMatch(of: reference) != nil, "\(uri) is a valid URI reference")
        }
        let data = uris.filter { $0.hasPrefix("n%E1%BB%99p%20b%C3%A1o%20c%C3%A1o/") }
        #expect(
            data.contains(
                "n%E1%BB%99p%20b%C3%A1o%20c%C3%A1o/%C4%90%E1%BA%AFk%20N%C3%B4ng%202025%20%231%20100%25/cooperatives.csv"
            ))
        #expect(data.allSatisfy { $0.removingPercentEncoding?.hasPrefix("nộp báo cáo/Đắk Nông 2025 #1 100%/") == true })
        let runs = try #require(first["runs"] as? [[String: Any]])
        let base = (runs[0]["originalUriBaseIds"] as? [String: Any])?["%SRCROOT%"] as? [String: Any]
        #expect((base?["uri"] as? String)?.hasPrefix("file:///") == true)
        #expect((base?["uri"] as? String)?.hasSuffix("/") == true)
        func fingerprints(_ sarif: [String: Any]) throws -> [String] {
            try Self.results(sarif).compactMap { ($0["partialFingerprints"] as? [String: String])?["coopcheck/v1"] }
        }
        let prints = try fingerprints(first)
        #expect(prints.count == (try Self.results(first)).count)
        #expect(Set(prints).count == prints.count, "one fingerprint per result")
        #expect(prints == (try fingerprints(second)), "the same fingerprints on a second run")
        // Every result points into the data, with the rule's line as a related location.
        #expect(try Self.results(first).allSatisfy { $0["relatedLocations"] != nil })
    }

    @Test func githubAnnotationsPutTheDataFirstAndStopAtGitHubsLimit() throws {
        let run = Run("check", "--data", Self.sample.path, "--format", "github")
        #expect(run.status == 1)
        let lines = run.out.split(separator: "\n").map(String.init)
        let errors = lines.filter { $0.hasPrefix("::error ") }
        #expect(errors.count == 10)
        #expect(errors.dropLast().allSatisfy { $0.contains("Samples/dak-nong-2025/") })
        #expect(errors.last?.hasPrefix("::error title=coopcheck::") == true)
        #expect(errors.last?.contains("more errors not annotated (GitHub shows 10 of each kind per step)") == true)
        #expect(lines.filter { $0.hasPrefix("::warning ") }.count <= 10)
        #expect(
            lines.contains { !$0.hasPrefix("::") && $0.contains("Samples/dak-nong-2025/") }, "the rest as log lines")
    }

    @Test func aGitHubReportWritesTheMarkdownJobSummary() throws {
        let folder = try Self.fresh()
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = folder.appendingPathComponent("summary.md")
        try Data("earlier step\n".utf8).write(to: summary)
        let process = Process()
        ProcessRun.command(
            ["check", "--data", Self.sample.path, "--format", "github"], addressSpace: nil, into: process)
        process.environment = ProcessInfo.processInfo.environment.merging(["GITHUB_STEP_SUMMARY": summary.path]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        let text = try String(contentsOf: summary, encoding: .utf8)
        #expect(text.hasPrefix("earlier step\n# coopcheck"))
        #expect(text.contains("| violated |"))
    }

    @Test func markdownOfTwoSubmissionsFitsAPullRequestComment() throws {
        let run = Run(
            "check", "--data", Self.sample.path, "--data", Self.national.path, "--format", "markdown", "--lang", "en")
        #expect(run.status == 1)
        #expect(run.out.utf16.count <= 60_000)
        #expect(run.out.contains("| submission | status | rule |"))
        #expect(run.out.contains("worst of"))
        #expect(
            run.out.split(separator: "\n").contains { $0.contains("<br>") && $0.contains("/cooperatives.csv:") },
            "a violation names its first records")
    }

    /// The CSV report read back by Python's csv module, and by LibreOffice headless in the
    /// language's locale (vi-VN, en-US) when installed: the numbers are the numbers.
    @Test(arguments: [("vi", "59", "1066"), ("en", "44", "1033")])
    func csvReadsBackWithTheRightNumbers(language: String, separator: String, locale: String) throws {
        let folder = try Self.fresh()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("report.csv")
        #expect(
            Run("check", "--data", Self.sample.path, "--lang", language, "--format", "csv", "--output", csv.path)
                .status == 1)
        let plain = try #require(try Python.tool("csv_numbers.py", [csv.path, language], needs: "csv"))
        #expect(plain.status == 0, "\(plain.output)")
        #expect(plain.output.hasPrefix("rows "))
        guard let soffice = InitCommandTests.soffice else {
            print("skipped: LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = [
            "-env:UserInstallation=file://\(folder.path)/profile", "--headless",
            "--infilter=CSV:\(separator),34,76,1,,\(locale)", "--convert-to", "xlsx", "--outdir", folder.path, csv.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let sheet = folder.appendingPathComponent("report.xlsx").path
        let read = try #require(try Python.tool("csv_numbers.py", [csv.path, language, sheet], needs: "openpyxl"))
        #expect(read.status == 0, "\(read.output)")
    }

    @Test func aBaselineFailsOnlyOnNewViolations() throws {
        let root = try Self.fresh()
        defer { try? FileManager.default.removeItem(at: root) }
        let copy = root.appendingPathComponent("dak-nong-2025")
        try FileManager.default.copyItem(at: Self.sample, to: copy)
        let baseline = root.appendingPathComponent("baseline.json").path
        let written = Run("check", "--data", copy.path, "--write-baseline", baseline, "--format", "json")
        #expect(written.status == 1)
        #expect(written.err.contains("coopcheck: wrote the baseline report to \(baseline)"))
        let known = try #require(try Self.json(URL(fileURLWithPath: baseline))["violations"] as? [[String: Any]])
        let errors = known.filter { $0["severity"] as? String == "error" }.count

        let unchanged = Run("check", "--data", copy.path, "--baseline", baseline)
        #expect(unchanged.status == 0)
        #expect(
            unchanged.err.hasSuffix("baseline \(baseline): \(errors) known violations still there, 0 new violations\n"))

        // One more cooperative without audit advice, as 6700035 on line 36 is, on a line of its own
        // at the end of the file.
        let file = copy.appendingPathComponent("cooperatives.csv")
        var bytes = try Data(contentsOf: file)
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let row = String(decoding: lines[35], as: UTF8.self).replacingOccurrences(of: "6700035;", with: "6700999;")
        bytes.append(Data((row + "\n").utf8))
        try bytes.write(to: file)
        let added = lines.count
        let changed = Run("check", "--data", copy.path, "--baseline", baseline)
        #expect(changed.status == 1)
        let new = changed.err.split(separator: "\n").filter { $0.hasPrefix("new: ") }
        #expect(new.count == 1)
        #expect(new.first?.hasPrefix("new: \(file.path):\(added): CTPH254.PL.4.3: 6700999: ") == true)
        #expect(new.first?.contains("6700999") == true)
        #expect(changed.err.hasSuffix("\(errors) known violations still there, 1 new violation\n"))
    }

    @Test func aBaselineThatIsNotAReportIsInvalidInput() throws {
        let root = try Self.fresh()
        defer { try? FileManager.default.removeItem(at: root) }
        let bad = root.appendingPathComponent("baseline.json")
        try Data("{\"findings\": []}".utf8).write(to: bad)
        let run = Run("check", "--baseline", bad.path)
        #expect(run.status == 2)
        #expect(
            run.err
                == "error: \(bad.path) is not a coopcheck JSON report (it has no 'violations' list); write a baseline with --write-baseline FILE\n"
        )
        let missing = Run("check", "--baseline", root.appendingPathComponent("none.json").path)
        #expect(missing.status == 2)
        #expect(
            missing.err.hasPrefix("error: cannot read the baseline \(root.path)/none.json: No such file or directory"))
    }

    /// The pre-commit hook's script validates each submission a commit touches once, with the
    /// coopcheck it is given, and fails on an invalid one.
    @Test func thePreCommitHookValidatesTheSubmissionsOfTheChangedFiles() throws {
        func hook(_ files: [String]) throws -> (status: Int32, out: String) {
            let process = Process()
            process.executableURL = TestPaths.root.appendingPathComponent("Tools/pre-commit-validate.sh")
            process.arguments = files
            process.currentDirectoryURL = TestPaths.root
            process.environment = ProcessInfo.processInfo.environment.merging(
                ["COOPCHECK": Run.executable.path, "LANG": "C"]) { $1 }
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try process.run()
            let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return (process.terminationStatus, out)
        }
        let valid = try hook([
            "Samples/dak-nong-2025/cooperatives.csv", "Samples/dak-nong-2025/submission.yaml", "Rules/nq-134-2020.yaml",
        ])
        #expect(valid.status == 0, "\(valid.out)")
        #expect(valid.out.components(separatedBy: "5 files, 493 records (0 rejected): valid").count == 2, "once")
        let invalid = try hook(["Samples/invalid/duplicate-id/cooperatives.csv", "Samples/dak-nong-2025/units.csv"])
        #expect(invalid.status == 1)
        #expect(
            invalid.out.contains("Samples/invalid/duplicate-id/cooperatives.csv:4:1: error: duplicate cooperative id"))
    }
}
