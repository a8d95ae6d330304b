import Evaluation
import Foundation
import History
import Rules
import Targets

/// One self-contained HTML page (no network, scripts or fonts): per pack and group a scorecard,
/// a bar per target showing observed against target and due date, and the findings with their
/// citations in Vietnamese and English. Status is written in words and symbols as well as colour,
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
    .met{background:#dfd}.on_track{background:#e6f2ff}.not_effective{background:#f6f6f6}
    .bar{position:relative;height:1.1em;border:1px solid #333;background:#fff;min-width:10em}
    .fill{position:absolute;left:0;top:0;bottom:0;background:repeating-linear-gradient(45deg,#555,#555 3px,#999 3px,#999 6px)}
    .mark{position:absolute;top:-3px;bottom:-3px;border-left:3px solid #000}
    .quote{font-style:italic}.small{font-size:.8em;color:#333}
    @page{size:A4;margin:15mm}@media print{body{margin:0;max-width:none}h2{break-before:auto}tr{break-inside:avoid}}
    """

    static func symbol(_ status: FindingStatus) -> String {
        switch status {
        case .met: "✓ met"
        case .violated: "✗ violated"
        case .atRisk: "! at risk"
        case .onTrack: "→ on track"
        case .notEffective: "· not yet in effect"
        case .noData: "? no data"
        case .error: "✗ error"
        }
    }

    /// A bar: observed as a share of the scale, with a mark at the target.
    static func bar(_ finding: Finding) -> String {
        guard let target = finding.target, let observed = finding.observed else { return "" }
        let goal = target.upper ?? target.value
        let scale = max(goal, observed) * Decimal(string: "1.1")!
        guard scale > 0 else { return "" }
        let fill = (observed / scale * 100).plain(1)
        let mark = (target.value / scale * 100).plain(1)
        return "<div class=\"bar\" role=\"img\" aria-label=\"observed \(Escape.xml(finding.observedText ?? "")), target \(Escape.xml(target.canonical))\"><div class=\"fill\" style=\"width:\(fill)%\"></div><div class=\"mark\" style=\"left:\(mark)%\"></div></div>"
    }

    public static func generateReport(_ result: EvaluationResult, options: ReportOptions) -> String {
        let vi = options.language == .vi
        var out = "<!DOCTYPE html>\n<html lang=\"\(vi ? "vi" : "en")\">\n<head>\n<meta charset=\"utf-8\">\n<title>coopcheck — \(Escape.xml(result.submissions.joined(separator: ", ")))</title>\n<style>\n\(style)\n</style>\n</head>\n<body>\n"
        out += "<h1>coopcheck: \(Escape.xml(result.submissions.joined(separator: ", "))) — \(vi ? "tại ngày" : "as of") \(result.asOf.vietnamese)</h1>\n"
        out += "<p class=\"small\">\(vi ? "Thanh: giá trị quan sát; vạch đen: mục tiêu." : "Bar: observed value; black mark: the target.") ✓ met · ✗ violated · ! at risk · → on track · · not yet in effect · ? no data</p>\n"
        if let run = options.run { out += runSection(run, vi: vi) }
        var currentPack = ""
        let perCard = result.findingsPerScorecard()
        for (cardIndex, card) in result.scorecards.enumerated() {
            if card.pack.id + card.submission != currentPack {
                currentPack = card.pack.id + card.submission
                let document = card.pack.document
                out += "<h2>\(Escape.xml(document.number)) — \(Escape.xml(vi ? document.title : document.titleEnglish))</h2>\n"
                out += "<p class=\"small\">\(Escape.xml(card.pack.id))\(card.submission == "all" ? " — all submissions" : "")</p>\n"
            }
            let counts = FindingStatus.allCases.sorted { $0.rank < $1.rank }.compactMap { s in card.counts[s].map { "\($0) \(symbol(s))" } }.joined(separator: ", ")
            out += "<h3>\(vi ? "Nhóm" : "Group") \(Escape.xml(card.group)): \(counts)\(card.score.map { " — \(vi ? "đạt" : "score") \(TextReporter.percent($0))" } ?? "")</h3>\n"
            let findings = perCard[cardIndex]
            guard !findings.isEmpty else { continue }
            out += "<table>\n<tr><th>\(vi ? "Trạng thái" : "Status")</th><th>\(vi ? "Quy tắc" : "Rule")</th><th>\(vi ? "Tiến độ" : "Progress")</th><th>\(vi ? "Hạn" : "Due")</th></tr>\n"
            for finding in findings {
                let records = finding.records.prefix(10).map { r in
                    "<li>\(Escape.xml(r.position.map { "\($0.file):\($0.line) " } ?? ""))\(Escape.xml(r.id)): \(Escape.xml(vi ? r.noteVietnamese : r.note))</li>"
                }.joined()
                let more = finding.records.count > 10 ? "<li>… \(finding.records.count - 10) more</li>" : ""
                out += "<tr class=\"\(finding.status.rawValue)\"><td class=\"status\">\(symbol(finding.status))</td>"
                out += "<td><strong>\(Escape.xml(finding.rule.id))</strong> \(Escape.xml(finding.rule.title))<br><span class=\"small\">\(Escape.xml(finding.rule.titleEnglish))</span>"
                out += "<br>\(Escape.xml(vi ? finding.messageVietnamese : finding.message))"
                out += "<br><span class=\"small\">\(Escape.xml(finding.pack.document.number)), \(Escape.xml(finding.rule.citation.section)): <span class=\"quote\">“\(Escape.xml(finding.rule.citation.quote))”</span></span>"
                out += records.isEmpty ? "" : "<ul class=\"small\">\(records)\(more)</ul>"
                let trend = options.run.flatMap { run in TrendLine.svg(run.trends[FindingKey(finding)] ?? [], target: finding.target) }
                out += "</td><td>\(bar(finding))\(trend.map { "<div>\($0)</div>" } ?? "")<span class=\"small\">\(Escape.xml(finding.observedText ?? ""))\(finding.target.map { " / \(Escape.xml($0.canonical))" } ?? "")</span></td>"
                out += "<td>\(finding.due?.vietnamese ?? "—")</td></tr>\n"
            }
            out += "</table>\n"
        }
        return out + "</body>\n</html>\n"
    }

    /// For a recorded run: the submissions (invalid ones first said so) and the change since the previous run.
    static func runSection(_ run: RunContext, vi: Bool) -> String {
        var out = "<h2>\(vi ? "Hồ sơ" : "Submissions")</h2>\n<table>\n<tr><th>\(vi ? "Hồ sơ" : "Submission")</th><th>\(vi ? "Tại ngày" : "As of")</th><th>\(vi ? "Trạng thái" : "Status")</th></tr>\n"
        for s in run.submissions {
            let status = s.valid ? (vi ? "✓ đã kiểm tra" : "✓ checked")
                : "✗ \(vi ? "không hợp lệ" : "invalid"): \(Escape.xml(s.firstError ?? ""))"
            out += "<tr class=\"\(s.valid ? "met" : "violated")\"><td>\(Escape.xml(s.name))</td><td>\(s.asOf ?? "—")</td><td>\(status)</td></tr>\n"
        }
        out += "</table>\n"
        let since = run.changes.map { "\(vi ? "So với" : "Since") \(Escape.xml(DiffReport.name($0.from))): \(Escape.xml(DiffReport.summary($0)))." }
            ?? (vi ? "Lần chạy đầu tiên được ghi lại." : "The first recorded run: nothing to compare with.")
        return out + "<p class=\"small\">\(since) \(vi ? "Đường nhỏ: diễn biến qua các lần chạy; nét đứt: mục tiêu." : "Small line: the trend over the recorded runs; dashed: the target.")</p>\n"
    }
}
