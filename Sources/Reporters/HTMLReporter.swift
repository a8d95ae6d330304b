import Diagnostics
import Evaluation
import Expressions
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

    /// The page's style: print and phone friendly, no fonts or images fetched.
    public static let style = """
        body{font-family:"DejaVu Sans","Liberation Sans",Arial,sans-serif;margin:2em;color:#111;max-width:60em}
        h1{font-size:1.4em}h2{font-size:1.2em;border-bottom:2px solid #333;margin-top:2em}h3{font-size:1em;margin-top:1.5em}
        table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #999;padding:.3em .5em;text-align:left;vertical-align:top;font-size:.9em}
        .status{font-weight:bold;white-space:nowrap}.violated{background:#fdd}.at_risk{background:#ffe8c0}.no_data,.error{background:#eee}
        .met{background:#dfd}.on_track{background:#e6f2ff}.not_effective,.not_owed{background:#f6f6f6}
        .chart{display:block;max-width:100%;height:auto}.summary ol{padding-left:1.5em}
        .scroll{overflow-x:auto}
        @media (max-width:40em){body{margin:.5em}table,tbody,tr,td{display:block;width:auto}tr:first-child{display:none}
        tr{border:1px solid #999;margin:.5em 0}td{border:0;border-top:1px solid #ddd}}
        .quote{font-style:italic}.small{font-size:.8em;color:#333}
        @page{size:A4;margin:15mm}@media print{body{margin:0;max-width:none}h2{break-before:auto}tr{break-inside:avoid}}
        """

    /// A status as the page shows it: a symbol and the word, so it reads without colour.
    static func mark(_ status: FindingStatus, _ catalogue: any Catalogue) -> String {
        "\(TextReporter.symbol(status)) \(catalogue.status(status))"
    }

    /// The target's picture: observed against the target (and, for a target with a trend,
    /// against the path from the start to the target by its due date).
    static func bar(_ finding: Finding, _ catalogue: any Catalogue, asOf: CivilDate) -> String {
        TargetChart.svg(finding, catalogue: catalogue, asOf: asOf) ?? ""
    }

    public static func generateReport(_ result: EvaluationResult, options: ReportOptions) -> String {
        let title = "coopcheck — " + result.submissions.joined(separator: ", ")
        return document(
            title: title, language: options.language, head: "<style>\n\(style)\n</style>\n",
            body: body(result, options: options))
    }

    public static func generateReport(diagnostics: [Diagnostic], options: ReportOptions) -> String {
        let c = options.catalogue
        let heading = c.phrase(.inputProblems(errors: diagnostics.errorCount, warnings: diagnostics.warningCount))
        return document(
            title: heading, language: options.language, head: "<style>\n\(style)\n</style>\n",
            body: "<h1>\(Escape.xml(heading))</h1>\n" + problems(diagnostics, c, shown: diagnostics.count))
    }

    /// The problems of the input by file, sheet and cell, in the order given, at most `shown` of them.
    public static func problems(_ diagnostics: [Diagnostic], _ c: any Catalogue, shown: Int) -> String {
        guard !diagnostics.isEmpty else { return "<p class=\"met\">\(Escape.xml(c.phrase(.web(.noProblems))))</p>\n" }
        let columns = [WebText.placeColumn, .severityColumn, .messageColumn]
            .map { "<th>\(Escape.xml(c.phrase(.web($0))))</th>" }.joined()
        var out = "<div class=\"scroll\"><table class=\"problems\">\n<tr>\(columns)</tr>\n"
        for diagnostic in diagnostics.prefix(shown) {
            let place = diagnostic.location.description
            let style = diagnostic.severity == .error ? "violated" : diagnostic.severity == .warning ? "at_risk" : ""
            out += "<tr class=\"\(style)\"><td>\(Escape.xml(Visible.escaped(place)))</td>"
            out += "<td>\(Escape.xml(c.severity(diagnostic.severity)))</td>"
            out += "<td>\(Escape.xml(Visible.escaped(c.problem(diagnostic.problem))))</td></tr>\n"
        }
        out += "</table></div>\n"
        if diagnostics.count > shown {
            out += "<p>\(Escape.xml(c.phrase(.moreRecords(diagnostics.count - shown))))</p>\n"
        }
        return out
    }

    /// A page around `body`: `head` holds its style (inline here, a stylesheet on the web page).
    public static func document(title: String, language: Language, head: String, body: String) -> String {
        "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>\(Escape.xml(title))</title>\n\(head)</head>\n<body>\n\(body)</body>\n</html>\n"
    }

    /// The scorecard without the page around it, for a page that shows it with more (the web page).
    public static func body(_ result: EvaluationResult, options: ReportOptions) -> String {
        let catalogue = options.catalogue
        var out =
            "<h1>\(Escape.xml(catalogue.phrase(.reportHeading(submissions: result.submissions, asOf: result.asOf))))</h1>\n"
        out += summary(result, catalogue)
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
            out += "<div class=\"scroll\"><table>\n<tr>\(headers.joined())</tr>\n"
            for finding in findings {
                out += row(finding, catalogue, options, asOf: result.asOf)
            }
            out += "</table></div>\n"
        }
        for line in TextReporter.scopeLines(result, catalogue) {
            out += "<p class=\"small\">\(Escape.xml(line))</p>\n"
        }
        return out
    }

    /// What a head of department reads in ten seconds: the findings by status, the share of the
    /// due targets met, and the five largest gaps between a violated target and its value.
    static func summary(_ result: EvaluationResult, _ catalogue: any Catalogue) -> String {
        let own = result.findings.filter { $0.status != .contribution }
        let counts = Dictionary(grouping: own, by: \.status).mapValues(\.count)
        var out = "<section class=\"summary\"><h2>\(Escape.xml(catalogue.phrase(.web(.summary))))</h2>\n"
        out += "<p><strong>\(Escape.xml(catalogue.counts(counts)))</strong></p>\n"
        out += "<p>\(Escape.xml(catalogue.phrase(.web(.dueMet(Scorecard.score(of: counts))))))</p>\n"
        let gaps = own.filter { $0.status == .violated }.compactMap { finding -> (Finding, Decimal)? in
            guard let target = finding.target, let observed = finding.observed, target.value != 0 else { return nil }
            return (finding, abs(target.value - observed) / abs(target.value))
        }
        .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : ($0.0.rule.id, $0.0.group.code) < ($1.0.rule.id, $1.0.group.code) }
        .prefix(5)
        out += "<h3>\(Escape.xml(catalogue.phrase(.web(.worstGaps))))</h3>\n"
        guard !gaps.isEmpty else { return out + "<p>\(Escape.xml(catalogue.phrase(.web(.noGaps))))</p></section>\n" }
        out += "<ol>\n"
        for (finding, _) in gaps {
            let observed = catalogue.observed(finding) ?? ""
            let target = finding.target.map { catalogue.phrase(.targetIs(catalogue.target($0))) } ?? ""
            out += "<li><strong>\(Escape.xml(finding.rule.id))</strong> \(Escape.xml(catalogue.group(finding.group))): "
            out += "\(Escape.xml(observed)) — \(Escape.xml(target))</li>\n"
        }
        return out + "</ol></section>\n"
    }

    /// One finding: status, rule with its message and citation, progress and due date.
    static func row(_ finding: Finding, _ catalogue: any Catalogue, _ options: ReportOptions, asOf: CivilDate)
        -> String
    {
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
        out += "</td><td>\(bar(finding, catalogue, asOf: asOf))\(trend.map { "<div>\($0)</div>" } ?? "")"
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
