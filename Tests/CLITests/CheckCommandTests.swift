import CoopCheckCLI
import Foundation
import Synchronization
import TestSupport
import Testing

/// `coopcheck check`: exit codes and output on the samples.
@Suite struct CheckCommandTests {
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
                "✗ VIOLATED KH127.IV.1  1 of 3 reports of 'annual-ket-report' late or\n               missing"))
        #expect(run.out.hasSuffix("Summary: 9 findings — 1 violated, 1 on track, 7 met\n"))
    }

    @Test func failOnNeverExits0AndWarningsCountWithFailOnWarning() {
        #expect(Run("check", "--rules", Self.rules, "--data", Self.sample, "--fail-on", "never").status == 0)
        // KH127.PL.II.8 is a warning and on track at the end of 2025; in 2024 the 2023 plan was done.
        #expect(
            Run(
                "check", "--rules", Self.rules, "--data", Self.sample, "--rule", "KH127.PL.II.8", "--fail-on", "warning"
            ).status == 0)
    }

    @Test func vietnameseMessages() {
        let run = Run("check", "--rules", Self.rules, "--data", Self.sample, "--lang", "vi", "--rule", "KH127.IV.1")
        #expect(run.out.contains("gửi muộn (ngày gửi 17/12/2025, hạn 14/12/2025)"))
        #expect(run.out.contains("Tổng cộng: 8 kết quả"))
    }

    @Test func jsonIsValidJSON() throws {
        let run = Run("check", "--rules", Self.rules, "--data", Self.sample, "--format", "json", "--rule", "KH127.IV.1")
        let object = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any]
        #expect(object?["as_of"] as? String == "2025-12-31")
        #expect((object?["findings"] as? [Any])?.count == 8)
    }

    @Test func invalidInputAndUsageExit2() {
        let invalid = Run(
            "check", "--rules", Self.rules, "--data",
            TestPaths.root.appendingPathComponent("Samples/invalid/duplicate-id").path)
        #expect(invalid.status == 2)
        #expect(invalid.err.contains("duplicate cooperative id '6700001'"))
        #expect(invalid.err.contains("is invalid; nothing was evaluated"))
        #expect(Run("check", "--as-of", "31/12/2025").status == 2)
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
