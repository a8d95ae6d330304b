import DataLoading
import Evaluation
import Expressions
import Foundation
import Rules
import TestSupport
import YAMLNodes

/// Builds a small submission and rule pack in a temporary folder and evaluates them, so each
/// test states its data, its rule and the finding worked out by hand.
struct Workbench {
    let folder: String

    init() {
        folder =
            FileManager.default.temporaryDirectory.appendingPathComponent("coopcheck-eval-\(UUID().uuidString)").path
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Writes a data file and returns the manifest line for it.
    func file(_ name: String, kind: String, _ text: String) -> String {
        try! text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        return "  - { path: \(name), kind: \(kind) }\n"
    }

    /// Writes the submission's manifest listing `files`; the submission is a province's when it
    /// names one.
    func writeManifest(files: [String], period: String = "2025", province: String?, checkmarks: Bool = false) throws {
        let manifest = """
            coopcheck_submission: 1
            unit: TEST
            \(province.map { "province: \"\($0)\"" } ?? "")
            period: \(period)
            prepared_on: 2026-01-10
            conventions: { numbers: international, dates: iso, checkmarks: \(checkmarks) }
            files:

            """ + files.joined()
        try manifest.write(toFile: folder + "/submission.yaml", atomically: true, encoding: .utf8)
    }

    /// Evaluates `rules` (the YAML of the rules list) against the files at a date. The submission
    /// is national unless it names a `province`; its findings are the judged ones, without the
    /// provinces' contributions to national targets unless `contributions`.
    func evaluate(
        files: [String], rules: String, asOf: String, period: String = "2025", province: String? = nil,
        contributions: Bool = false
    ) throws -> [Finding] {
        try writeManifest(files: files, period: period, province: province)
        let pack = """
            coopcheck: 1
            pack: test
            document: { number: T/1, date: 2021-01-01, issuer: T, title: T, title_en: T, seed: t.txt, period: 2021-2025 }
            rules:

            """ + rules
        let parsed = RulePackParser.parse(try YAMLParser.parse(pack, file: "test.yaml"))
        guard let rulePack = parsed.pack else {
            throw WorkbenchError(message: parsed.diagnostics.map(\.english).joined(separator: "\n"))
        }
        let (submission, report) = SubmissionReader.load(folder: folder)
        guard let submission else {
            throw WorkbenchError(message: report.diagnostics.map(\.english).joined(separator: "\n"))
        }
        let findings = Evaluator.evaluate(
            packs: [rulePack], submission: submission, asOf: CivilDate.parseISO(asOf)!
        ).findings
        return contributions ? findings : findings.filter { $0.status != .contribution }
    }
}

struct WorkbenchError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// A rule in the pack's YAML, with the boilerplate keys filled in.
func rule(_ id: String, _ body: String) -> String {
    "  - id: \(id)\n    title: t\n    title_en: t\n    cite: { section: s, quote: q }\n"
        + body.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n") + "\n"
}
