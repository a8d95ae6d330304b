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

    /// The most a report may hold, in UTF-16 units: under GitHub's 65,536 for a pull-request
    /// comment, with room for a line around it.
    public static let characterLimit = 60_000
    /// How many violating records a finding's row names.
    static let recordsPerFinding = 3

    public static func generateReport(_ result: EvaluationResult, options: ReportOptions) -> String {
        let c = options.catalogue
        let several = result.submissions.count > 1
        var out = "# \(c.phrase(.reportHeading(submissions: result.submissions, asOf: result.asOf)))\n\n"
        if let run = options.run { out += runSections(run, c) }
        out += "## \(c.phrase(.heading(.scorecard)))\n\n"
        let statuses = FindingStatus.allCases
        let lead: [Phrase.Column] = several ? [.submission, .pack, .group] : [.pack, .group]
        out += header(
            lead.map { c.phrase(.column($0)) } + statuses.map(c.status) + [c.phrase(.column(.score))],
            numeric: Set(lead.count...(statuses.count + lead.count)))
        for card in result.scorecards {
            let group = card.isRollUp ? "**\(c.group(card.group))**" : Escape.markdownCell(c.group(card.group))
            out += row(
                (several ? [Escape.markdownCell(card.submission)] : []) + ["`\(card.pack.id)`", group]
                    + statuses.map { "\(card.counts[$0, default: 0])" } + [card.score.map(c.percent) ?? "—"])
        }
        out += "\n## \(c.phrase(.heading(.findings)))\n\n"
        let columns: [Phrase.Column] =
            (several ? [.submission] : []) + [.status, .rule, .group, .observed, .target, .due, .message]
        out += header(columns.map { c.phrase(.column($0)) })
        let worstFirst = result.findings.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.status != y.status { return x.status < y.status }
            if x.rule.severity != y.rule.severity { return x.rule.severity > y.rule.severity }
            return a.offset < b.offset
        }.map(\.element)
        var footer = TextReporter.scopeLines(result, c).map { "\n\($0)\n" }.joined()
        let room = characterLimit - footer.utf16.count - 400
        var shown = 0
        for finding in worstFirst {
            let line = findingRow(finding, c, several: several)
            guard out.utf16.count + line.utf16.count <= room else { break }
            out += line
            shown += 1
        }
        if shown < worstFirst.count {
            footer =
                "\n\(c.phrase(.findingsCut(shown: shown, total: worstFirst.count, fullReport: options.fullReport)))\n"
                + footer
        }
        return out + footer
    }

    /// A finding's row; a violation's message names its first violating records.
    static func findingRow(_ finding: Finding, _ c: any Catalogue, several: Bool) -> String {
        var message = Escape.markdownCell(c.message(finding))
        if finding.status == .violated {
            for record in finding.records.prefix(recordsPerFinding) {
                message += "<br>" + Escape.markdownCell(record.line(of: finding, c, inline: true))
            }
            if finding.records.count > recordsPerFinding {
                message += "<br>" + c.phrase(.moreRecords(finding.records.count - recordsPerFinding))
            }
        }
        return row(
            (several ? [Escape.markdownCell(finding.submission)] : []) + [
                c.status(finding.status), "`\(finding.rule.id)`", Escape.markdownCell(c.group(finding.group)),
                Escape.markdownCell(c.observed(finding) ?? ""),
                Escape.markdownCell(finding.target.map(c.target) ?? ""), finding.due?.vietnamese ?? "", message,
            ])
    }

    public static func generateReport(diagnostics: [Diagnostic], options: ReportOptions) -> String {
        let c = options.catalogue
        var out =
            "# \(c.phrase(.inputProblems(errors: diagnostics.errorCount, warnings: diagnostics.warningCount)))\n\n"
        out += header([Phrase.Column.severity, .position, .message].map { c.phrase(.column($0)) })
        for (i, diagnostic) in diagnostics.enumerated() {
            let line = row([
                c.severity(diagnostic.severity), "`\(Escape.markdownCell(diagnostic.location.description))`",
                Escape.markdownCell(Visible.escaped(c.problem(diagnostic.problem))),
            ])
            guard out.utf16.count + line.utf16.count <= characterLimit - 400 else {
                return out + "\n\(c.phrase(.moreRecords(diagnostics.count - i)))\n"
            }
            out += line
        }
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
