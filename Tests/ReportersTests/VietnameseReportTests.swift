import DataLoading
import Diagnostics
import Evaluation
import Expressions
import Foundation
import Messages
import Reporters
import Rules
import TestSupport
import Testing

@testable import History

/// A Vietnamese report is Vietnamese throughout: on the whole sample, no status word, label,
/// legend, heading, column or sentence of the English catalogue appears in the text, HTML or
/// Markdown report, nor any rule's English title.
@Suite struct VietnameseReportTests {
    /// What a reader would see of a report: HTML without its style, tags and entities.
    static func visibleText(_ report: String, format: String) -> String {
        guard format == "html" else { return report }
        var text = report
        if let style = text.range(of: "<style>"), let end = text.range(of: "</style>") {
            text.removeSubrange(style.lowerBound..<end.upperBound)
        }
        return text.replacing(/<[^>]*>/, with: " ").replacingOccurrences(of: "&quot;", with: "\"")
    }

    /// Words and phrases only English reports use.
    static var englishVocabulary: [String] {
        let en = English()
        var words = FindingStatus.allCases.flatMap { [en.status($0), en.statusLabel($0)] }
        words +=
            Phrase.Heading.allCases.map { en.phrase(.heading($0)) }
            + Phrase.Column.allCases.map { en.phrase(.column($0)) }
        words += [en.phrase(.barLegend), en.phrase(.trendLegend), en.phrase(.rollUp), en.phrase(.none)]
        words += [
            "of due targets met", "records comply", "reports on time", "deliverables done on time", "against a target",
            "Summary", "as of", "at least", "at most", "more than", "less than", "between", "due by", "Task",
            "No report",
            "All", "the submission", "missing", "late", "arrived", "national", "target", "observed", "every year",
            "does not satisfy", "is true", "of",
        ]
        return words
    }

    /// The first place `word` stands on its own in `text`: not inside a longer word, an identifier or a path.
    static func wholeWord(_ word: String, in text: String) -> Range<String.Index>? {
        func joins(_ c: Character?) -> Bool { c.map { $0.isLetter || $0.isNumber || "-_/.'".contains($0) } ?? false }
        return text.ranges(of: word).first { range in
            !joins(range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : nil)
                && !joins(range.upperBound < text.endIndex ? text[range.upperBound] : nil)
        }
    }

    @Test(arguments: ["text", "html", "markdown"])
    func aVietnameseReportHasNoEnglish(format: String) throws {
        let ruleSet = RuleLoader.load(paths: [TestPaths.root.appendingPathComponent("Rules").path])
        let (submission, _) = SubmissionReader.load(
            folder: TestPaths.root.appendingPathComponent("Samples/dak-nong-2025").path,
            displayName: "Samples/dak-nong-2025")
        let result = Evaluator.evaluate(
            packs: ruleSet.packs, submission: try #require(submission),
            asOf: try #require(CivilDate.parseISO("2025-12-31")))
        // As a nightly run reports it: the submissions, and changes since an earlier run.
        let previous = RunSummary(
            id: 1, startedAt: "2026-11-30T02:00:00Z", finishedAt: "2026-11-30T02:00:05Z",
            asOfRule: "period_end", asOf: "2025-06-30", configuration: "nightly.yaml", toolVersion: "0.1.0",
            submissionCount: 2, invalidSubmissionCount: 1, counts: [:])
        let outcomes = [
            SubmissionOutcome(
                name: "Samples/dak-nong-2025", path: "Samples/dak-nong-2025", asOf: "2025-12-31", status: .checked,
                errorCount: 0, warningCount: 0, firstError: nil),
            SubmissionOutcome(
                name: "duplicate-id", path: "Samples/invalid/duplicate-id", asOf: nil, status: .invalid,
                errorCount: 1, warningCount: 0,
                firstError: LocalizedText(
                    vi: "c.csv:4:1: lỗi: mã HTX '6700001' bị trùng",
                    en: "c.csv:4:1: error: duplicate cooperative id '6700001'")),
        ]
        let stored = result.findings.map { f in
            StoredFinding(
                f, message: LocalizedText(vi: Vietnamese().message(f), en: English().message(f)),
                observedText: nil)
        }
        let changes = RunDiff(from: previous, to: nil, before: ([], [], []), after: (stored, [], outcomes))
        let run = RunContext(changes: changes, trends: [:], submissions: outcomes)
        let report = Reporters.reporter(named: format)!.generateReport(
            result, options: ReportOptions(language: .vi, run: run))
        let text = Self.visibleText(report, format: format)
        for word in Set(Self.englishVocabulary) {
            if let range = Self.wholeWord(word, in: text) {
                let start = text.index(range.lowerBound, offsetBy: -40, limitedBy: text.startIndex) ?? text.startIndex
                let end = text.index(range.upperBound, offsetBy: 40, limitedBy: text.endIndex) ?? text.endIndex
                Issue.record(
                    Comment(rawValue: "English '\(word)' in the Vietnamese \(format) report: …\(text[start..<end])…"))
            }
        }
        for rule in ruleSet.rules where text.contains(rule.title.en) {
            Issue.record(Comment(rawValue: "the English title of \(rule.id) is in the Vietnamese \(format) report"))
        }
    }
}
