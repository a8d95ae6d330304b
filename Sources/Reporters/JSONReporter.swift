import Evaluation
import Foundation
import Rules

/// The JSON report documented in docs/json-output.md: stable keys, deterministic order.
public enum JSONReporter: Reporter {
    public static let identifier = "json"
    public static let description = "JSON, as documented in docs/json-output.md"
    public static let fileExtension = "json"
    /// The version of the JSON layout; it changes only when a key is removed or changes meaning.
    public static let formatVersion = 1

    public static func generateReport(_ result: EvaluationResult, options: ReportOptions) -> String {
        var root: [(String, JSON)] = [
            ("tool", .object([("name", .string("coopcheck")), ("version", .string(CoopCheckVersion.current)), ("format", .number("\(formatVersion)"))])),
            ("as_of", .string(result.asOf.description)),
            ("submissions", .array(result.submissions.map { .string($0) })),
            ("summary", counts(result.findings.reduce(into: [:]) { $0[$1.status, default: 0] += 1 })),
            ("findings", .array(result.findings.map(finding))),
            ("scorecards", .array(result.scorecards.map(scorecard))),
            ("skipped_packs", .array(result.skipped.map { .object([("pack", .string($0.pack.id)), ("submission", .string($0.submission)),
                                                                    ("reason", .string($0.reason.en))]) })),
        ]
        if let run = options.run { root.append(("run", self.run(run))) }
        return JSON.object(root).rendered() + "\n"
    }

    /// For a recorded run: what became of each submission, and the changes since the previous run.
    static func run(_ run: RunContext) -> JSON {
        .object([
            ("submissions", .array(run.submissions.map { s in
                .object([("name", .string(s.name)), ("path", .string(s.path)), ("as_of", .optional(s.asOf)), ("valid", .bool(s.valid)),
                         ("errors", .number("\(s.errorCount)")), ("warnings", .number("\(s.warningCount)")), ("first_error", .optional(s.firstError))])
            })),
            ("changes_since_previous", run.changes.map(DiffReport.json) ?? .null),
        ])
    }

    static func counts(_ counts: [FindingStatus: Int]) -> JSON {
        .object(FindingStatus.allCases.map { ($0.rawValue, .number("\(counts[$0, default: 0])")) })
    }

    static func finding(_ f: Finding) -> JSON {
        let target: JSON = f.target.map { t in
            .object([("canonical", .string(t.canonical)), ("wording", .string(t.wording)),
                     ("en", .string(t.plainEnglish)), ("vi", .string(t.plainVietnamese))])
        } ?? .null
        return .object([
            ("rule", .string(f.rule.id)),
            ("pack", .string(f.pack.id)),
            ("submission", .string(f.submission)),
            ("status", .string(f.status.rawValue)),
            ("severity", .string(f.rule.severity.rawValue)),
            ("group", .string(f.group)),
            ("observed", .decimal(f.observed)),
            ("observed_text", .optional(f.observedText)),
            ("target", target),
            ("due", .optional(f.due?.description)),
            ("message", .object([("en", .string(f.message)), ("vi", .string(f.messageVietnamese))])),
            ("title", .object([("en", .string(f.rule.titleEnglish)), ("vi", .string(f.rule.title))])),
            ("citation", .object([("document", .string(f.pack.document.number)), ("section", .string(f.rule.citation.section)),
                                  ("quote", .string(f.rule.citation.quote))])),
            ("rule_location", .object([("file", .string(f.rule.location.file)), ("line", .number("\(f.rule.location.line)"))])),
            ("records", .array(f.records.map { r in
                .object([("id", .string(r.id)), ("file", .optional(r.position?.file)),
                         ("line", r.position.map { .number("\($0.line)") } ?? .null),
                         ("note", .object([("en", .string(r.note)), ("vi", .string(r.noteVietnamese))]))])
            })),
        ])
    }

    static func scorecard(_ s: Scorecard) -> JSON {
        .object([("pack", .string(s.pack.id)), ("submission", .string(s.submission)), ("group", .string(s.group)), ("counts", counts(s.counts)), ("score", .decimal(s.score))])
    }
}

/// The version coopcheck reports in its outputs.
public enum CoopCheckVersion {
    public static let current = "0.1.0"
}
