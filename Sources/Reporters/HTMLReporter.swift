import Diagnostics
import Evaluation
import Foundation
import History
import Messages
import Rules
import Targets

/// One self-contained HTML page (no network, scripts or fonts): per pack and group a scorecard,
/// a bar per target showing observed against target and due date, and the findings with their
/// citations, in the report's language. Status is written in words and symbols as well as colour,
/// so it reads in black and white; it prints on A4.
public enum HTMLReporter: Reporter {
    public static let identifier = "html"
    public static let description = "a self-contained HTML scorecard page"
    public static let fileExtension = "html"

    static let style = """
        body{font-family:"DejaVu Sans","Liberation Sans",Arial,sans-serif;margin:2em;color:#111;max-width:60em}
        h1{font-size:1.4em}h2{font-size:1.2em;border-bottom:2px solid #333;margin-top:2em}h3{font-size:1em;margin-top:1.5em}
        table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #999;padding:.3em .5em;text-align:left;vertical-align:top;font-size:.9em}
        .status{font-weight:bold;white-space:nowrap}.violated{background:#fdd}.at_risk{background:#ffe8c0}.no_data,.error{background:#eee}
        .met{background:#dfd}.on_track{background:#e6f2ff}.not_effective,.not_owed{background:#f6f6f6}
        .bar{position:relative;height:1.1em;border:1px solid #333;background:#fff;min-width:10em}
        .fill{position:absolute;left:0;top:0;bottom:0;background:repeating-linear-gradient(45deg,#555,#555 3px,#999 3px,#999 6px)}
        .mark{position:absolute;top:-3px;bottom:-3px;border-left:3px solid #000}
        .quote{font-style:italic}.small{font-size:.8em;color:#333}
        @page{size:A4;margin:15mm}@media print{body{margin:0;max-width:none}h2{break-before:auto}tr{break-inside:avoid}}
        """

    /// A status as the page shows it: a symbol and the word, so it reads without colour.
    static func mark(_ status: FindingStatus, _ catalogue: any Catalogue) -> String {
        "\(TextReporter.symbol(status)) \(catalogue.status(status))"
    }

    /// A bar: observed as a share of the scale, with a mark at the target.
    static func bar(_ finding: Finding, _ catalogue: any Catalogue) -> String {
        guard let target = finding.target, let observed = finding.observed else { return "" }
        let goal = target.upper ?? target.value
        let scale = max(goal, observed) * Decimal(string: "1.1")!
        guard scale > 0 else { return "" }
        let fill = (observed / scale * 100).plain(1)
        let mark = (target.value / scale * 100).plain(1)
        let label = catalogue.phrase(
            .barLabel(observed: catalogue.observed(finding) ?? "", target: catalogue.target(target)))
        return
            "<div class=\"bar\" role=\"img\" aria-label=\"\(Escape.xml(label))\"><div class=\"fill\" style=\"width:\(fill)%\">"
            + "</div><div class=\"mark\" style=\"left:\(mark)%\"></div></div>"
    }

    public static func generateReport(_ result: EvaluationResult, options: ReportOptions) -> String {
        let catalogue = options.catalogue
        let submissions = Escape.xml(result.submissions.joined(separator: ", "))
        var out = "<!DOCTYPE html>\n<html lang=\"\(options.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<title>coopcheck — \(submissions)</title>\n<style>\n\(style)\n</style>\n</head>\n<body>\n"
        out +=
            "<h1>\(Escape.xml(catalogue.phrase(.reportHeading(submissions: result.submissions, asOf: result.asOf))))</h1>\n"
        let legend = FindingStatus.allCases.reversed().map { mark($0, catalogue) }.joined(separator: " · ")
        out += "<p class=\"small\">\(Escape.xml(catalogue.phrase(.barLegend))) \(Escape.xml(legend))</p>\n"
        if let run = options.run { out += runSection(run, catalogue) }
        var currentPack = ""
        let perCard = result.findingsPerScorecard()
        for (cardIndex, card) in result.scorecards.enumerated() {
            if card.pack.id + card.submission != currentPack {
                currentPack = card.pack.id + card.submission
                let document = card.pack.document
                out += "<h2>\(Escape.xml(document.number)) — \(Escape.xml(document.title[options.language]))</h2>\n"
                let place =
                    card.isRollUp
                    ? " — " + catalogue.phrase(.rollUp)
                    : card.isOverAllSubmissions ? " — " + catalogue.phrase(.allTogether) : ""
                out += "<p class=\"small\">\(Escape.xml(card.pack.id + place))</p>\n"
            }
            let score = card.score.map { " — " + catalogue.phrase(.score($0)) } ?? ""
            out +=
                "<h3>\(Escape.xml(catalogue.group(card.group) + ": " + catalogue.counts(card.counts) + score))</h3>\n"
            let findings = perCard[cardIndex]
            guard !findings.isEmpty else { continue }
            let headers = [Phrase.Column.status, .rule, .progress, .due].map {
                "<th>\(Escape.xml(catalogue.phrase(.column($0))))</th>"
            }
            out += "<table>\n<tr>\(headers.joined())</tr>\n"
            for finding in findings {
                out += row(finding, catalogue, options)
            }
            out += "</table>\n"
        }
        for line in TextReporter.scopeLines(result, catalogue) {
            out += "<p class=\"small\">\(Escape.xml(line))</p>\n"
        }
        return out + "</body>\n</html>\n"
    }

    /// One finding: status, rule with its message and citation, progress and due date.
    static func row(_ finding: Finding, _ catalogue: any Catalogue, _ options: ReportOptions) -> String {
        let records = finding.records.prefix(10).map {
            "<li>\(Escape.xml($0.line(of: finding, catalogue, inline: true)))</li>"
        }
        .joined()
        let more =
            finding.records.count > 10
            ? "<li>\(Escape.xml(catalogue.phrase(.moreRecords(finding.records.count - 10))))</li>" : ""
        var out =
            "<tr class=\"\(finding.status.rawValue)\"><td class=\"status\">\(Escape.xml(mark(finding.status, catalogue)))</td>"
        out += "<td><strong>\(Escape.xml(finding.rule.id))</strong> \(Escape.xml(finding.rule.title[options.language]))"
        // An English reader also sees the document's own words.
        if options.language == .en {
            out += "<br><span class=\"small\" lang=\"vi\">\(Escape.xml(finding.rule.title.vi))</span>"
        }
        out += "<br>\(Escape.xml(catalogue.message(finding)))"
        out +=
            "<br><span class=\"small\">\(Escape.xml(finding.pack.document.number)), \(Escape.xml(finding.rule.citation.section)): "
        out += "<span class=\"quote\" lang=\"vi\">“\(Escape.xml(finding.rule.citation.quote))”</span></span>"
        out += records.isEmpty ? "" : "<ul class=\"small\">\(records)\(more)</ul>"
        let trend = options.run.flatMap { run in
            TrendLine.svg(run.trends[FindingKey(finding)] ?? [], target: finding.target, catalogue: catalogue)
        }
        let observed = catalogue.observed(finding) ?? ""
        let target = finding.target.map { " — " + catalogue.phrase(.targetIs(catalogue.target($0))) } ?? ""
        out += "</td><td>\(bar(finding, catalogue))\(trend.map { "<div>\($0)</div>" } ?? "")"
        out += "<span class=\"small\">\(Escape.xml(observed + target))</span></td>"
        return out + "<td>\(finding.due?.vietnamese ?? "—")</td></tr>\n"
    }

    /// For a recorded run: the submissions (invalid ones first said so) and the change since the previous run.
    static func runSection(_ run: RunContext, _ catalogue: any Catalogue) -> String {
        let headers = [Phrase.Column.submission, .asOf, .status].map {
            "<th>\(Escape.xml(catalogue.phrase(.column($0))))</th>"
        }
        var out =
            "<h2>\(Escape.xml(catalogue.phrase(.heading(.submissions))))</h2>\n<table>\n<tr>\(headers.joined())</tr>\n"
        for s in run.submissions {
            let status =
                switch s.status {
                case .checked: "✓ " + catalogue.phrase(.checkedSubmission)
                case .invalid: "✗ \(catalogue.phrase(.invalidSubmission)): \(s.firstError?[catalogue.language] ?? "")"
                case .notSubmitted: "✗ " + catalogue.phrase(.notSubmitted)
                }
            out +=
                "<tr class=\"\(s.valid ? "met" : "violated")\"><td>\(Escape.xml(s.name))</td><td>\(s.asOf ?? "—")</td>"
            out += "<td>\(Escape.xml(status))</td></tr>\n"
        }
        out += "</table>\n"
        let since =
            run.changes.map { catalogue.phrase(.sinceRun($0.from, changes: Phrase.ChangeCounts($0))) }
            ?? catalogue.phrase(.firstRecordedRun)
        return out + "<p class=\"small\">\(Escape.xml(since)) \(Escape.xml(catalogue.phrase(.trendLegend)))</p>\n"
    }
}
