import Diagnostics
import Evaluation
import Messages
import Rules

/// A scorecard and findings tables, for a pull-request comment or a wiki.
public enum MarkdownReporter: Reporter {
    public static let identifier = "markdown"
    public static let description = "Markdown scorecard and findings, for pull requests and wikis"
    public static let fileExtension = "md"

    /// A table's header and alignment rows.
    static func header(_ cells: [String], numeric: Set<Int> = []) -> String {
        "| " + cells.map(Escape.markdownCell).joined(separator: " | ") + " |\n|"
            + cells.indices.map { numeric.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
    }

    static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |\n"
    }

    public static func generateReport(_ result: EvaluationResult, options: ReportOptions) -> String {
        let c = options.catalogue
        var out = "# \(c.phrase(.reportHeading(submissions: result.submissions, asOf: result.asOf)))\n\n"
        if let run = options.run { out += runSections(run, c) }
        out += "## \(c.phrase(.heading(.scorecard)))\n\n"
        let statuses = FindingStatus.allCases
        out += header(
            [c.phrase(.column(.pack)), c.phrase(.column(.group))] + statuses.map(c.status) + [
                c.phrase(.column(.score))
            ],
            numeric: Set(2...(statuses.count + 2)))
        for card in result.scorecards {
            let group = card.isRollUp ? "**\(c.group(card.group))**" : Escape.markdownCell(c.group(card.group))
            out += row(
                ["`\(card.pack.id)`", group] + statuses.map { "\(card.counts[$0, default: 0])" }
                    + [card.score.map(c.percent) ?? "—"])
        }
        out += "\n## \(c.phrase(.heading(.findings)))\n\n"
        out += header(
            [Phrase.Column.status, .rule, .group, .observed, .target, .due, .message].map { c.phrase(.column($0)) })
        for finding in result.findings {
            out += row([
                c.status(finding.status), "`\(finding.rule.id)`", Escape.markdownCell(c.group(finding.group)),
                Escape.markdownCell(c.observed(finding) ?? ""),
                Escape.markdownCell(finding.target.map(c.target) ?? ""), finding.due?.vietnamese ?? "",
                Escape.markdownCell(c.message(finding)),
            ])
        }
        for line in TextReporter.scopeLines(result, c) { out += "\n\(line)\n" }
        return out
    }

    /// For a recorded run: what became of each submission, and what changed since the previous run.
    static func runSections(_ run: RunContext, _ c: any Catalogue) -> String {
        var out = "## \(c.phrase(.heading(.submissions)))\n\n"
        out += header([Phrase.Column.submission, .asOf, .status, .firstError].map { c.phrase(.column($0)) })
        for s in run.submissions {
            let status =
                switch s.status {
                case .checked: c.phrase(.checkedSubmission)
                case .invalid: "**\(c.phrase(.invalidWithErrors(s.errorCount)))**"
                case .notSubmitted: "**\(c.phrase(.notSubmitted))**"
                }
            out += row([
                Escape.markdownCell(s.name), s.asOf ?? "—", status,
                Escape.markdownCell(s.firstError?[c.language] ?? ""),
            ])
        }
        out += "\n"
        guard let changes = run.changes else {
            return out + "## \(c.phrase(.changesSince(nil)))\n\n\(c.phrase(.firstRecordedRun))\n\n"
        }
        return out + DiffReport.markdown(changes, c, level: "##") + "\n"
    }
}
