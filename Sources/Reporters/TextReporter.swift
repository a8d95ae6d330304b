import Diagnostics
import Evaluation
import Foundation
import Messages
import Rules

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
        for word in unbroken(text.split(separator: " ", omittingEmptySubsequences: false)) {
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

    /// Words with a workbook's quoted sheet name (`book.xlsx:'Hợp tác xã'!A36`) joined back into
    /// one, so that a position is never broken over two lines.
    static func unbroken(_ words: [Substring]) -> [Substring] {
        var out: [Substring] = []
        var pending: String?
        for word in words {
            if let open = pending {
                let joined = open + " " + word
                if word.contains("'!") {
                    out.append(Substring(joined))
                    pending = nil
                } else {
                    pending = joined
                }
            } else if word.contains(":'"), !word.contains("'!") {
                pending = String(word)
            } else {
                out.append(word)
            }
        }
        if let pending { out += pending.split(separator: " ", omittingEmptySubsequences: false) }
        return out
    }

    /// What the findings do not show of how the packs were read: each pack skipped, each plan of a
    /// merged province judged on its former area only, and per submission the rules owed by others.
    static func scopeLines(_ result: EvaluationResult, _ catalogue: any Catalogue) -> [String] {
        result.skipped.map { skipped in
            "\(skipped.pack.id) — "
                + catalogue.phrase(
                    .skippedPack(province: skipped.pack.document.province ?? "", submission: skipped.submission))
        } + result.formerProvinces.map { "\($0.pack.id) — \(catalogue.phrase($0.phrase))" }
            + notApplicableLines(result, catalogue)
    }

    /// One line per submission that has rules owed by others, counting them.
    private static func notApplicableLines(_ result: EvaluationResult, _ catalogue: any Catalogue) -> [String] {
        var counts: [(submission: String, rules: Int)] = []
        for rule in result.notApplicable {
            if let i = counts.firstIndex(where: { $0.submission == rule.submission }) {
                counts[i].rules += 1
            } else {
                counts.append((rule.submission, 1))
            }
        }
        return counts.map { catalogue.phrase(.notApplicable(rules: $0.rules, submission: $0.submission)) }
    }

    static func symbol(_ status: FindingStatus) -> String {
        switch status {
        case .violated, .error: "✗"
        case .atRisk: "!"
        case .noData: "?"
        case .pending: "…"
        case .onTrack: "→"
        case .notEffective: "·"
        case .notOwed: "·"
        case .met: "✓"
        case .contribution: "+"
        }
    }

    /// The status marks of a language, padded to one width: `✗ VIOLATED `.
    static func marks(_ catalogue: any Catalogue) -> [FindingStatus: String] {
        let labels = FindingStatus.allCases.map { "\(symbol($0)) \(catalogue.statusLabel($0))" }
        let width = labels.map(\.count).max()! + 1
        return Dictionary(
            uniqueKeysWithValues: zip(
                FindingStatus.allCases, labels.map { $0.padding(toLength: width, withPad: " ", startingAt: 0) }))
    }

    public static func generateReport(diagnostics: [Diagnostic], options: ReportOptions) -> String {
        problems(diagnostics, options.catalogue)
    }

    /// The heading of the input's problems and a `file:line:column: severity: message` line each.
    static func problems(_ diagnostics: [Diagnostic], _ c: any Catalogue) -> String {
        c.phrase(.inputProblems(errors: diagnostics.errorCount, warnings: diagnostics.warningCount)) + "\n"
            + diagnostics.map { c.line($0) + "\n" }.joined()
    }

    public static func generateReport(_ result: EvaluationResult, options: ReportOptions) -> String {
        let catalogue = options.catalogue
        let marks = Self.marks(catalogue)
        var out = catalogue.phrase(.checkHeading(submissions: result.submissions, asOf: result.asOf)) + "\n"
        var currentPack = ""
        let several = result.submissions.count > 1
        let perCard = result.findingsPerScorecard()
        for (cardIndex, card) in result.scorecards.enumerated() {
            if card.pack.id + card.submission != currentPack {
                currentPack = card.pack.id + card.submission
                let document = card.pack.document
                let place =
                    several
                    ? " — "
                        + (card.isRollUp
                            ? catalogue.phrase(.rollUp)
                            : card.isOverAllSubmissions ? catalogue.phrase(.allTogether) : card.submission)
                    : ""
                out += "\n\(card.pack.id) — \(document.number) (\(document.date.vietnamese))\(place)\n"
            }
            let score = card.score.map { " — " + catalogue.phrase(.scoreOfDueTargets($0)) } ?? ""
            out +=
                "  "
                + wrap(
                    "\(catalogue.group(card.group)): \(catalogue.counts(card.counts))\(score)", width: width, first: 2,
                    indent: 4)
                + "\n"
            for finding in perCard[cardIndex] {
                let mark = marks[finding.status]!
                let head = "    " + mark + finding.rule.id
                let lines = wrap(catalogue.message(finding), width: width, first: head.count + 2, indent: 15)
                out += "    \(painted(mark, finding.status, options.colour))\(finding.rule.id)  \(lines)\n"
                for record in finding.records.prefix(recordsShown) {
                    out +=
                        "        " + wrap(record.line(of: finding, catalogue), width: width, first: 8, indent: 10)
                        + "\n"
                }
                if finding.records.count > recordsShown {
                    out += "        \(catalogue.phrase(.moreRecords(finding.records.count - recordsShown)))\n"
                }
            }
        }
        out += scopeLines(result, catalogue).map { "\n" + wrap($0, width: width, first: 0, indent: 2) + "\n" }.joined()
        let summary = catalogue.counts(result.statusCounts)
        out +=
            "\n\(catalogue.phrase(.findingsSummary(result.findings.count))) — \(summary.isEmpty ? catalogue.phrase(.none) : summary)\n"
        if let problems = options.run?.inputProblems, !problems.isEmpty {
            out += "\n" + Self.problems(problems, catalogue)
        }
        return out
    }

    /// The status mark in colour (red, yellow, green…) when asked; the words carry the meaning.
    static func painted(_ text: String, _ status: FindingStatus, _ colour: Bool) -> String {
        guard colour else { return text }
        let code =
            switch status {
            case .violated, .error: "31;1"
            case .atRisk: "33"
            case .noData: "35"
            case .pending: "35"
            case .onTrack: "36"
            case .notEffective, .notOwed: "2"
            case .met: "32"
            case .contribution: "34"
            }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
