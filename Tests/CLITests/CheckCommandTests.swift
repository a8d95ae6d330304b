import CoopCheckCLI
import Foundation
import Synchronization
import TestSupport
import Testing

/// `coopcheck check`: exit codes and output on the samples.
@Suite struct CheckCommandTests {
    /// Packs named that hold no rule judge nothing: that is invalid usage, never a green run.
    @Test func rulesThatHoldNoRuleAreExit2NotAnEmptySuccess() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent(
            "coopcheck-norules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        for command in [["check", "--fail-on", "warning"], ["validate"]] {
            let run = Run(command + ["--rules", empty.path])
            #expect(run.status == 2, "\(command)")
            #expect(run.out == "")
            #expect(
                run.err == """
                    \(empty.path):1:1: warning: no rule packs (*.yaml, *.yml) in this folder
                    error: no rule to evaluate: \(empty.path) holds no rule; name a rule-pack file or a folder of them, \
                    or leave out --rules for the built-in packs

                    """)
        }
    }

    static let rules = TestPaths.root.appendingPathComponent("Rules").path
    static let sample = TestPaths.root.appendingPathComponent("Samples/dak-nong-2025").path

    @Test func violationsExit1AndTheTextReportEndsWithASummary() {
        let run = Run(
            "check", "--rules", Self.rules, "--data", Self.sample, "--as-of", "2025-12-31",
            "--rule", "KH127.IV.1", "--rule", "CTPH254.II.2a")
        #expect(run.status == 1)
        #expect(run.out.hasPrefix("coopcheck check: \(Self.sample) as of 31/12/2025\n"))
        #expect(
            run.out.contains(
                "✗ VIOLATED KH127.IV.1  1 of 2 reports of 'annual-ket-report' late or\n               missing"))
        // CTPH254.II.2a is a national target: the province is shown its contribution, not judged.
        #expect(run.out.hasSuffix("Summary: 9 findings — 1 violated, 7 met, 1 contribution\n"))
    }

    @Test func failOnNeverExits0AndWarningsCountWithFailOnWarning() {
        #expect(Run("check", "--rules", Self.rules, "--data", Self.sample, "--fail-on", "never").status == 0)
        // KH127.PL.II.8 is a warning: the 2023 and 2024 plans were done; the 2025 plan, due by 31/12/2025,
        // is still in progress, so the day before nothing fails and at the end of the year it is late.
        #expect(
            Run(
                "check", "--rules", Self.rules, "--data", Self.sample, "--rule", "KH127.PL.II.8", "--fail-on",
                "warning",
                "--as-of", "2025-12-30"
            ).status == 0)
        #expect(
            Run(
                "check", "--rules", Self.rules, "--data", Self.sample, "--rule", "KH127.PL.II.8", "--fail-on", "warning"
            ).status == 1)
    }

    @Test func vietnameseMessages() {
        let run = Run("check", "--rules", Self.rules, "--data", Self.sample, "--lang", "vi", "--rule", "KH127.IV.1")
        #expect(run.out.contains("gửi muộn (ngày gửi 17/12/2024, hạn 14/12/2024)"))
        #expect(run.out.contains("Tổng cộng: 8 kết quả"))
    }

    @Test func jsonIsValidJSON() throws {
        let run = Run("check", "--rules", Self.rules, "--data", Self.sample, "--format", "json", "--rule", "KH127.IV.1")
        let object = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any]
        #expect(object?["as_of"] as? String == "2025-12-31")
        #expect((object?["findings"] as? [Any])?.count == 8)
    }

    /// The farmers'-union-supported active agricultural HTX of a registry file, and how many of them
    /// are linked with an enterprise, read straight from the CSV with the file's own words.
    static func linked(
        _ path: String, separator: Character, words: (htx: String, agriculture: String, active: String, yes: String),
        columns: (kind: String, sector: String, status: String, supported: String, linked: String)
    ) throws -> (linked: Int, of: Int) {
        let lines = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\u{FEFF}", with: "")
            .split(whereSeparator: \.isNewline)
        let header = lines[0].split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        func column(_ name: String) throws -> Int { try #require(header.firstIndex(of: name), "\(name) in \(path)") }
        let (kind, sector, status) = (try column(columns.kind), try column(columns.sector), try column(columns.status))
        let (supported, linked) = (try column(columns.supported), try column(columns.linked))
        var counts = (linked: 0, of: 0)
        for line in lines.dropFirst() {
            let cells = line.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
            guard cells[kind] == words.htx, cells[sector] == words.agriculture, cells[status] == words.active,
                cells[supported] == words.yes
            else { continue }
            counts.of += 1
            if cells[linked] == words.yes { counts.linked += 1 }
        }
        return counts
    }

    @Test func theNationsShareIsOverTheRecordsOfEverySubmissionTogether() throws {
        let national = TestPaths.root.appendingPathComponent("Samples/national-2025").path
        let run = Run(
            "check", "--rules", Self.rules, "--data", Self.sample, "--data", national, "--rule", "CTPH254.II.2a",
            "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        let nation = try #require(findings.first)
        #expect(nation["submission"] as? String == "all")
        #expect((nation["group"] as? [String: Any])?["code"] as? String == "national")
        let observation = try #require(nation["observation"] as? [String: Any])
        // Counted independently from the two registries, each in its own words and separators.
        let dakNong = try Self.linked(
            Self.sample + "/cooperatives.csv", separator: ";",
            words: ("HTX", "nông nghiệp", "đang hoạt động", "x"),
            columns: (
                "Loại hình", "Lĩnh vực", "Tình trạng", "Do Hội Nông dân hỗ trợ thành lập", "Liên kết với doanh nghiệp"
            ))
        let provinces = try Self.linked(
            national + "/cooperatives.csv", separator: ",", words: ("HTX", "agriculture", "active", "true"),
            columns: ("kind", "sector", "status", "farmers_union_supported", "linked_with_enterprise"))
        #expect(observation["numerator"] as? Int == dakNong.linked + provinces.linked)
        #expect(observation["denominator"] as? Int == dakNong.of + provinces.of)
        // Each province's contribution sits beside the nation's figure, never judged.
        let parts = findings.dropFirst()
        #expect(parts.count == 4 && parts.allSatisfy { $0["status"] as? String == "contribution" })
        let dakNongPart = try #require(parts.first { $0["submission"] as? String == Self.sample })
        #expect((dakNongPart["observation"] as? [String: Any])?["denominator"] as? Int == dakNong.of)
        #expect(
            ((dakNongPart["national"] as? [String: Any])?["observation"] as? [String: Any])?["denominator"] as? Int
                == dakNong.of + provinces.of)
    }

    @Test func invalidInputAndUsageExit2() {
        let invalid = Run(
            "check", "--rules", Self.rules, "--data",
            TestPaths.root.appendingPathComponent("Samples/invalid/duplicate-id").path)
        #expect(invalid.status == 2)
        #expect(invalid.err.contains("duplicate cooperative id '6700001'"))
        #expect(invalid.err.contains("is invalid; nothing was evaluated"))
        #expect(Run("check", "--as-of", "31/12/2025").status == 2)
        let twice = Run("check", "--data", Self.sample, "--data", Self.sample + "/")
        #expect(twice.status == 2 && twice.err.contains("--data \(Self.sample)/ is given twice"), "\(twice.err)")
        let sameFile = Run("check", "--format", "json", "--output", "r.out", "--format", "sarif", "--output", "./r.out")
        #expect(
            sameFile.status == 2 && sameFile.err.contains("--output ./r.out is given for two formats"),
            "\(sameFile.err)")
        #expect(Run("check", "--format", "jsn").err.contains("did you mean 'json'?"))
        #expect(
            Run("check", "--rules", Self.rules, "--data", Self.sample, "--rule", "CTPH254.II.2z").err.contains(
                "did you mean 'CTPH254.II.2a'?"))
    }
}

/// `--format`/`--output` pairs: several reports from one evaluation, each written atomically.
@Suite struct CheckOutputTests {
    @Test func severalReportsFromOneRunLeaveNoTemporaryFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopcheck-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sarif = folder.appendingPathComponent("r.sarif").path, html = folder.appendingPathComponent("r.html").path
        let run = Run(
            "check", "--rules", CheckCommandTests.rules, "--data", CheckCommandTests.sample,
            "--format", "sarif", "--output", sarif, "--format", "html", "--output", html)
        #expect(run.status == 1)
        #expect(run.out == "")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["r.html", "r.sarif"])
        #expect(try String(contentsOfFile: html, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    }

    @Test func formatsAndOutputsMustPair() {
        let run = Run("check", "--format", "sarif", "--format", "html")
        #expect(run.status == 2)
        #expect(run.err.contains("several formats need an --output each"))
        #expect(
            Run(
                "check", "--format", "sarif", "--output", "/nonexistent-dir/x.sarif", "--rules",
                CheckCommandTests.rules, "--data", CheckCommandTests.sample
            ).status == 2)
    }
}

/// Colour only where the console allows it (a terminal without NO_COLOR), never in files.
@Suite struct ColourTests {
    @Test func colourOnlyWhenTheConsoleAllowsIt() {
        let captured = Mutex("")
        let console = Console(out: { text in captured.withLock { $0 += text } }, err: { _ in }, colourAllowed: true)
        _ = CoopCheckMain.run(
            ["check", "--rules", CheckCommandTests.rules, "--data", CheckCommandTests.sample, "--rule", "KH127.IV.1"],
            console: console)
        #expect(captured.withLock { $0 }.contains("\u{1B}[31;1m✗ VIOLATED \u{1B}[0m"))
        let plain = Run(
            "check", "--rules", CheckCommandTests.rules, "--data", CheckCommandTests.sample, "--rule", "KH127.IV.1")
        #expect(!plain.out.contains("\u{1B}"))
    }
}
