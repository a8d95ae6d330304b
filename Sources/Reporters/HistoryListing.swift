import Diagnostics
import History
import Messages
import Rules

/// `coopcheck history`: one line (or JSON object) per recorded run, oldest first.
public enum HistoryListing {
    public static func text(_ runs: [RunSummary], language: Language = .en) -> String {
        let c = Catalogues.of(language)
        guard !runs.isEmpty else { return c.phrase(.noRunRecorded) + "\n" }
        let header =
            [Phrase.Column.run, .startedUTC, .asOf, .submissions, .invalid].map { c.phrase(.column($0)) }
            + FindingStatus.allCases.map(c.status)
        let rows = runs.map { r in
            ["\(r.id)", r.startedAt, r.asOf, "\(r.submissionCount)", "\(r.invalidSubmissionCount)"]
                + FindingStatus.allCases.map { "\(r.counts[$0, default: 0])" }
        }
        let widths = header.indices.map { i in ([header[i]] + rows.map { $0[i] }).map(\.count).max()! }
        func line(_ cells: [String]) -> String {
            cells.indices.map { i in
                i < 3
                    ? cells[i].padding(toLength: widths[i], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[i] - cells[i].count) + cells[i]
            }
            .joined(separator: "  ")
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    public static func json(_ runs: [RunSummary]) -> String {
        JSON.array(
            runs.map { r in
                .object([
                    ("id", .number("\(r.id)")), ("started_at", .string(r.startedAt)),
                    ("finished_at", .string(r.finishedAt)),
                    ("as_of_rule", .string(r.asOfRule)), ("as_of", .string(r.asOf)),
                    ("configuration", .string(r.configuration)),
                    ("tool_version", .string(r.toolVersion)), ("submissions", .number("\(r.submissionCount)")),
                    ("invalid_submissions", .number("\(r.invalidSubmissionCount)")),
                    ("counts", JSONReporter.counts(r.counts)),
                ])
            }
        ).rendered() + "\n"
    }
}
