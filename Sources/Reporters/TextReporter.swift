import Evaluation
import Foundation
import Rules
import Targets

/// The terminal report: per pack and group, a scorecard line then the findings worst first,
/// readable in 80 columns, and a summary line last.
public enum TextReporter: Reporter {
    public static let identifier = "text"
    public static let description = "readable text for a terminal (the default)"
    public static let fileExtension = "txt"
    /// Violating records listed per finding before "… and N more".
    public static let recordsShown = 5
    /// Lines are wrapped to fit an 80-column terminal.
    public static let width = 80

    /// Wraps words to `width` columns: the first line starts at column `first`, the others are
    /// indented by `indent` spaces. A word longer than a line (a path) is kept whole.
    static func wrap(_ text: String, width: Int, first: Int, indent: Int) -> String {
        var lines: [String] = []
        var line = ""
        var column = first
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if !line.isEmpty, column + 1 + word.count > width {
                lines.append(line)
                line = ""
                column = indent
            }
            if !line.isEmpty {
                line += " "
                column += 1
            }
            line += word
            column += word.count
        }
        lines.append(line)
        return lines.joined(separator: "\n" + String(repeating: " ", count: indent))
    }

    static func mark(_ status: FindingStatus) -> String {
        switch status {
        case .violated: "✗ VIOLATED "
        case .atRisk: "! AT RISK  "
        case .noData: "? NO DATA  "
        case .error: "✗ ERROR    "
        case .onTrack: "→ ON TRACK "
        case .notEffective: "· NOT YET  "
        case .met: "✓ MET      "
        }
    }

    public static func generateReport(_ result: EvaluationResult, options: ReportOptions) -> String {
        let language = options.language
        let vi = language == .vi
        var out = vi ? "coopcheck check: \(result.submissions.joined(separator: ", ")) tại ngày \(result.asOf.vietnamese)\n"
                     : "coopcheck check: \(result.submissions.joined(separator: ", ")) as of \(result.asOf.vietnamese)\n"
        var currentPack = ""
        let several = result.submissions.count > 1
        let perCard = result.findingsPerScorecard()
        for (cardIndex, card) in result.scorecards.enumerated() {
            if card.pack.id + card.submission != currentPack {
                currentPack = card.pack.id + card.submission
                let document = card.pack.document
                let place = several ? (card.submission == "all" ? (vi ? " — tổng hợp" : " — roll-up of all submissions") : " — \(card.submission)") : ""
                out += "\n\(card.pack.id) — \(document.number) (\(document.date.vietnamese))\(place)\n"
            }
            let counts = FindingStatus.allCases.sorted { $0.rank < $1.rank }
                .compactMap { s in card.counts[s].map { "\($0) \(vi ? s.words.vi : s.words.en)" } }
                .joined(separator: ", ")
            let score = card.score.map { (vi ? " — đạt " : " — ") + percent($0) + (vi ? " chỉ tiêu đến hạn" : " of due targets met") } ?? ""
            out += "  \(vi ? "nhóm" : "group") \(card.group): \(counts)\(score)\n"
            for finding in perCard[cardIndex] {
                let head = "    " + mark(finding.status) + finding.rule.id
                let message = vi ? finding.messageVietnamese : finding.message
                let lines = wrap(message, width: width, first: head.count + 2, indent: 15)
                out += "    \(painted(mark(finding.status), finding.status, options.colour))\(finding.rule.id)  \(lines)\n"
                for record in finding.records.prefix(recordsShown) {
                    let place = record.position.map { "\($0.file):\($0.line)" } ?? (vi ? "(không có bản ghi)" : "(no record)")
                    let text = "\(place)  \(record.id)  \(vi ? record.noteVietnamese : record.note)"
                    out += "        " + wrap(text, width: width, first: 8, indent: 10) + "\n"
                }
                if finding.records.count > recordsShown {
                    out += "        … \(vi ? "và" : "and") \(finding.records.count - recordsShown) \(vi ? "bản ghi khác" : "more")\n"
                }
            }
        }
        for skipped in result.skipped {
            out += "\n\(skipped.pack.id) — \(vi ? skipped.reason.vi : skipped.reason.en)\n"
        }
        var totals: [FindingStatus: Int] = [:]
        for finding in result.findings { totals[finding.status, default: 0] += 1 }
        let summary = FindingStatus.allCases.sorted { $0.rank < $1.rank }
            .compactMap { s in totals[s].map { "\($0) \(vi ? s.words.vi : s.words.en)" } }
            .joined(separator: ", ")
        out += "\n\(vi ? "Tổng cộng" : "Summary"): \(result.findings.count) \(vi ? "kết quả" : "findings") — \(summary.isEmpty ? "none" : summary)\n"
        return out
    }

    /// The status mark in colour (red, yellow, green…) when asked; the words carry the meaning.
    static func painted(_ text: String, _ status: FindingStatus, _ colour: Bool) -> String {
        guard colour else { return text }
        let code = switch status {
        case .violated, .error: "31;1"
        case .atRisk: "33"
        case .noData: "35"
        case .onTrack: "36"
        case .notEffective: "2"
        case .met: "32"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    static func percent(_ value: Decimal) -> String {
        var input = value * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &input, 0, .plain)
        return "\(NSDecimalNumber(decimal: rounded).intValue)%"
    }
}
