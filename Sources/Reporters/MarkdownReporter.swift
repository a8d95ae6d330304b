import Diagnostics
import Evaluation
import Rules

/// A scorecard and findings tables, for a pull-request comment or a wiki.
public enum MarkdownReporter: Reporter {
    public static let identifier = "markdown"
    public static let description = "Markdown scorecard and findings, for pull requests and wikis"
    public static let fileExtension = "md"

    static let order: [FindingStatus] = [.violated, .atRisk, .noData, .error, .onTrack, .notEffective, .met]

    public static func generateReport(_ result: EvaluationResult, options: ReportOptions) -> String {
        let language = options.language
        var out = "# coopcheck: \(result.submissions.joined(separator: ", ")) as of \(result.asOf.vietnamese)\n\n"
        if let run = options.run { out += runSections(run, language: language) }
        out += "## Scorecard\n\n"
        out += "| pack | group | " + order.map(\.rawValue).joined(separator: " | ") + " | score |\n"
        out += "| --- | --- |" + String(repeating: " ---: |", count: order.count) + " ---: |\n"
        for card in result.scorecards {
            let group = card.submission == "all" ? "**all submissions**" : card.group
            out += "| `\(card.pack.id)` | \(group) | " + order.map { "\(card.counts[$0, default: 0])" }.joined(separator: " | ")
                + " | \(card.score.map { TextReporter.percent($0) } ?? "—") |\n"
        }
        out += "\n## Findings\n\n| status | rule | group | observed | target | due | message |\n| --- | --- | --- | --- | --- | --- | --- |\n"
        for finding in result.findings {
            out += "| \(finding.status.rawValue) | `\(finding.rule.id)` | \(finding.group) | \(Escape.markdownCell(finding.observedText ?? "")) | "
                + "\(Escape.markdownCell(finding.target.map { "`\($0.canonical)`" } ?? "")) | \(finding.due?.vietnamese ?? "") | \(Escape.markdownCell(finding.message(language))) |\n"
        }
        return out
    }

    /// For a recorded run: what became of each submission, and what changed since the previous run.
    static func runSections(_ run: RunContext, language: ReportLanguage) -> String {
        var out = "## Submissions\n\n| submission | as of | status | first error |\n| --- | --- | --- | --- |\n"
        for s in run.submissions {
            out += "| \(Escape.markdownCell(s.name)) | \(s.asOf ?? "—") | \(s.valid ? "checked" : "**invalid**, \(counted(s.errorCount, "error"))") | \(Escape.markdownCell(s.firstError ?? "")) |\n"
        }
        out += "\n"
        guard let changes = run.changes else { return out + "## Changes since the previous run\n\nThe first recorded run: nothing to compare with.\n\n" }
        return out + DiffReport.markdown(changes, language: language, level: "##") + "\n"
    }
}
