import Diagnostics
import Foundation
import TestSupport
import Testing

/// `--lang vi|en` on every command that prints for people, and the environment's language by
/// default: `validate` on every invalid sample in both languages (golden files), each command
/// saying something only Vietnamese says, and usage errors in the language asked for.
@Suite struct LanguageTests {
    static let samples = TestPaths.root.appendingPathComponent("Samples")
    static let rules = TestPaths.root.appendingPathComponent("Rules").path
    static let invalid = [
        "ambiguous-number", "bad-dates", "duplicate-id", "inconsistent", "missing-column", "outside-folder",
        "unknown-commune", "wrong-encoding",
    ]

    static func normalized(_ text: String) -> String {
        text.replacingOccurrences(of: TestPaths.root.path + "/", with: "")
    }

    @Test(arguments: invalid)
    func validateSpeaksBothLanguagesWithPositions(name: String) throws {
        for language in Language.allCases {
            let run = Run(
                "validate", Self.samples.appendingPathComponent("invalid/\(name)").path, "--lang", language.rawValue)
            #expect(run.status == 2, "\(name) \(language)")
            let lines = run.out.split(separator: "\n")
            #expect(!lines.isEmpty)
            for line in lines {
                // Every diagnostic starts with its file:line:column and says its severity in the language.
                let severity = language == .vi ? ": lỗi: " : ": error: "
                #expect(line.firstMatch(of: try Regex(#"Samples/invalid/[^:]+:\d+:\d+: "#)) != nil, "\(line)")
                #expect(
                    line.contains(severity) || line.contains(language == .vi ? ": cảnh báo: " : ": warning: "),
                    "\(line)")
            }
            let golden = TestPaths.tests.appendingPathComponent(
                "CLITests/Fixtures/validate/\(name).\(language).expected")
            if let problem = Golden.mismatch(Self.normalized(run.out + run.err), goldenFile: golden) {
                Issue.record(Comment(rawValue: problem))
            }
        }
    }

    @Test func everyCommandSpeaksVietnameseWhenAsked() throws {
        let sample = Self.samples.appendingPathComponent("dak-nong-2025").path
        let lint = Run("rules", "lint", Self.rules, "--lang", "vi")
        #expect(lint.err.contains("tệp gói quy tắc") && lint.err.contains("quy tắc hợp lệ"), "\(lint.err)")
        let list = Run("rules", "list", "--rules", Self.rules, "--lang", "vi", "--pack", "ctph-254-2024")
        #expect(list.out.contains("lỗi") && list.out.contains("Chương trình phối hợp"), "\(list.out.prefix(300))")
        let explain = Run("rules", "explain", "CTPH254.II.2a", "--rules", Self.rules, "--lang", "vi")
        #expect(explain.out.contains("Trích dẫn:") && explain.out.contains("Mục tiêu:"), "\(explain.out)")
        let test = Run("rules", "test", Self.rules, "--lang", "vi")
        #expect(test.err.contains("quy tắc") && test.err.contains("ví dụ"), "\(test.err)")
        let validate = Run("validate", sample, "--lang", "vi")
        #expect(validate.status == 0 && validate.err.hasSuffix("hợp lệ\n"), "\(validate.err)")
        let check = Run("check", "--rules", Self.rules, "--data", sample, "--lang", "vi", "--rule", "CTPH254.II.2a")
        #expect(check.out.contains("tính đến ngày 31/12/2025") && check.out.contains("Tổng cộng:"), "\(check.out)")
    }

    @Test func theHistoryCommandsSpeakVietnameseWhenAsked() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Run.executable.path), "build coopcheck first")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "coopcheck-lang-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let history = folder.appendingPathComponent("history.sqlite").path
        let config = Self.samples.appendingPathComponent("nightly/nightly.yaml").path
        let output = [
            "--history", history, "--output-dir", folder.appendingPathComponent("reports").path, "--lang", "vi",
        ]
        let run = try ProcessRun(["run", "--config", config, "--as-of", "2025-06-30"] + output)
        #expect(run.out.contains("Đây là lần chạy đầu tiên được ghi trong tệp lịch sử này"), "\(run.out)")
        #expect(run.err.contains("đã kiểm tra") && run.err.contains("không hợp lệ"), "\(run.err)")
        _ = try ProcessRun(["run", "--config", config, "--as-of", "2025-12-31"] + output)
        let listing = try ProcessRun(["history", "--history", history, "--lang", "vi"])
        #expect(listing.out.hasPrefix("lần chạy"), "\(listing.out)")
        let diff = try ProcessRun(["diff", "--history", history, "--lang", "vi"])
        #expect(diff.out.contains("Mới chuyển sang không đạt") && diff.out.contains("lần chạy 1"), "\(diff.out)")
        #expect(diff.status == 1)
    }

    @Test func theDefaultFollowsTheEnvironment() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Run.executable.path), "build coopcheck first")
        let folder = Self.samples.appendingPathComponent("invalid/duplicate-id").path
        let vietnamese = try ProcessRun(["validate", folder], environment: ["LANG": "vi_VN.UTF-8"])
        #expect(vietnamese.out.contains(": lỗi: mã HTX '6700001' bị trùng"), "\(vietnamese.out)")
        let english = try ProcessRun(["validate", folder], environment: ["LANG": "en_US.UTF-8"])
        #expect(english.out.contains(": error: duplicate cooperative id '6700001'"), "\(english.out)")
        let overridden = try ProcessRun(
            ["validate", folder], environment: ["LANG": "vi_VN.UTF-8", "LC_ALL": "C.UTF-8"])
        #expect(overridden.out.contains(": error: "), "LC_ALL wins over LANG: \(overridden.out)")
        let asked = try ProcessRun(["validate", folder, "--lang", "en"], environment: ["LANG": "vi_VN.UTF-8"])
        #expect(asked.out.contains(": error: "), "--lang wins over the environment")
        #expect(
            Language.preferred(by: ["LANG": "vi"]) == .vi
                && Language.preferred(by: ["LC_MESSAGES": "vi_VN", "LANG": "en"]) == .vi)
        #expect(Language.preferred(by: [:]) == .en && Language.preferred(by: ["LC_ALL": "", "LANG": "vi_VN"]) == .vi)
    }

    @Test func usageErrorsAreSaidInTheLanguageAsked() {
        let vi = Run("check", "--as-of", "31/12/2025", "--lang", "vi")
        #expect(vi.status == 2)
        #expect(
            vi.err.contains("--as-of phải là một ngày dạng YYYY-MM-DD, ví dụ 2025-12-31; ở đây là '31/12/2025'"),
            "\(vi.err)")
        let en = Run(["check", "--as-of", "31/12/2025"], language: .en)
        #expect(en.err.contains("--as-of must be a date written YYYY-MM-DD"), "\(en.err)")
        let byConsole = Run(["check", "--as-of", "31/12/2025"], language: .vi)
        #expect(byConsole.err.contains("phải là một ngày"), "without --lang, the console's language: \(byConsole.err)")
        // --lang is read ahead, so options checked before it is parsed speak it too.
        let jobs = Run(["check", "--jobs", "0", "--lang", "vi"], language: .en)
        #expect(jobs.status == 2 && jobs.err.contains("--jobs phải ít nhất là 1; ở đây là 0"), "\(jobs.err)")
        let generate = Run(["generate", "--provinces", "0", "--out", "x", "--lang=vi"], language: .en)
        #expect(
            generate.status == 2 && generate.err.contains("--provinces phải trong khoảng từ 1 đến 1000"),
            "\(generate.err)")
        let unknown = Run("validate", "--lang", "fr")
        #expect(
            unknown.status == 2 && unknown.err.contains("unknown language 'fr'; give vi (Vietnamese) or en (English)"),
            "\(unknown.err)")
    }
}
