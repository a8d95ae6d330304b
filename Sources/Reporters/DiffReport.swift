import Diagnostics
import Foundation
import History
import Rules

/// `coopcheck diff` and the "changes since the previous run" part of the Markdown and JSON
/// reports: new and resolved violations, other status changes, score changes and submissions.
public enum DiffReport {
    public enum Format: String, CaseIterable, Sendable {
        case text, json, markdown
    }

    public static func render(_ diff: RunDiff, format: Format, language: ReportLanguage = .en) -> String {
        switch format {
        case .text: text(diff, language: language)
        case .json: json(diff).rendered() + "\n"
        case .markdown: "# coopcheck diff\n\n" + markdown(diff, language: language, level: "##")
        }
    }

    /// "run 3 (as of 31/12/2025, 2026-11-30T02:00:00Z)", or "this run".
    static func name(_ run: RunSummary?) -> String {
        guard let run else { return "this run" }
        return "run \(run.id) (as of \(run.asOf), \(run.startedAt))"
    }

    /// "3 new violations, 0 resolved, …": one line for logs and report headers.
    public static func summary(_ diff: RunDiff) -> String {
        [counted(diff.newViolations.count, "new violation"), "\(diff.resolvedViolations.count) resolved",
         counted(diff.statusChanges.count, "other status change"), counted(diff.scoreChanges.count, "score change"),
         counted(diff.submissionChanges.count, "submission change")].joined(separator: ", ")
    }

    static func status(_ finding: StoredFinding?) -> String { finding?.status.rawValue ?? "absent" }

    static func score(_ value: Decimal?) -> String { value.map { TextReporter.percent($0) } ?? "—" }

    static func validity(_ outcome: SubmissionOutcome?) -> String {
        guard let outcome else { return "absent" }
        return outcome.valid ? "checked" : "invalid"
    }

    static func message(_ finding: StoredFinding, _ language: ReportLanguage) -> String {
        language == .vi ? finding.messageVietnamese : finding.message
    }

    static func text(_ diff: RunDiff, language: ReportLanguage) -> String {
        var out = "coopcheck diff: \(name(diff.from)) → \(name(diff.to))\n"
        let sections: [(String, [RunDiff.Change])] = [("New violations", diff.newViolations), ("Resolved violations", diff.resolvedViolations),
                                                     ("Status changes", diff.statusChanges)]
        for (title, changes) in sections {
            out += "\n\(title) (\(changes.count))\(changes.isEmpty ? ": none" : ":")\n"
            for change in changes {
                let f = change.latest
                out += "  \(change.key.submission)  \(change.key.rule)  [\(change.key.group)]  \(status(change.before)) → \(status(change.after))"
                out += (change.after?.observedText).map { "  observed \($0)" } ?? ""
                out += "\n    \(message(f, language))\n"
            }
        }
        out += "\nScore changes (\(diff.scoreChanges.count))\(diff.scoreChanges.isEmpty ? ": none" : ":")\n"
        for change in diff.scoreChanges {
            out += "  \(change.submission)  \(change.pack)  [\(change.group)]  \(score(change.before)) → \(score(change.after))\n"
        }
        out += "\nSubmissions (\(diff.submissionChanges.count))\(diff.submissionChanges.isEmpty ? ": none" : ":")\n"
        for change in diff.submissionChanges {
            out += "  \(change.name)  \(validity(change.before)) → \(validity(change.after))"
            out += (change.after?.firstError).map { "\n    \($0)" } ?? ""
            out += "\n"
        }
        return out + "\n\(summary(diff))\n"
    }

    /// The Markdown sections, headed at `level` (`##` for the diff alone, `###` inside a report).
    static func markdown(_ diff: RunDiff, language: ReportLanguage, level: String) -> String {
        var out = "\(level) Changes since \(name(diff.from))\n\n**\(summary(diff)).**\n"
        let sections: [(String, [RunDiff.Change])] = [("New violations", diff.newViolations), ("Resolved violations", diff.resolvedViolations),
                                                     ("Status changes", diff.statusChanges)]
        for (title, changes) in sections where !changes.isEmpty {
            out += "\n\(level)# \(title)\n\n| submission | rule | group | before | now | observed | message |\n| --- | --- | --- | --- | --- | --- | --- |\n"
            for change in changes {
                out += "| \(Escape.markdownCell(change.key.submission)) | `\(change.key.rule)` | \(Escape.markdownCell(change.key.group)) | \(status(change.before)) | \(status(change.after)) | "
                    + "\(Escape.markdownCell(change.after?.observedText ?? "")) | \(Escape.markdownCell(message(change.latest, language))) |\n"
            }
        }
        if !diff.scoreChanges.isEmpty {
            out += "\n\(level)# Score changes\n\n| submission | pack | group | before | now |\n| --- | --- | --- | ---: | ---: |\n"
            for c in diff.scoreChanges {
                out += "| \(Escape.markdownCell(c.submission)) | `\(c.pack)` | \(Escape.markdownCell(c.group)) | \(score(c.before)) | \(score(c.after)) |\n"
            }
        }
        if !diff.submissionChanges.isEmpty {
            out += "\n\(level)# Submissions\n\n| submission | before | now | first error |\n| --- | --- | --- | --- |\n"
            for c in diff.submissionChanges {
                out += "| \(Escape.markdownCell(c.name)) | \(validity(c.before)) | \(validity(c.after)) | \(Escape.markdownCell(c.after?.firstError ?? "")) |\n"
            }
        }
        return out
    }

    static func json(_ diff: RunDiff) -> JSON {
        func run(_ r: RunSummary?) -> JSON {
            guard let r else { return .null }
            return .object([("id", .number("\(r.id)")), ("as_of", .string(r.asOf)), ("started_at", .string(r.startedAt))])
        }
        func side(_ f: StoredFinding?) -> JSON {
            guard let f else { return .null }
            return .object([("status", .string(f.status.rawValue)), ("observed", .decimal(f.observed)), ("observed_text", .optional(f.observedText))])
        }
        func changes(_ list: [RunDiff.Change]) -> JSON {
            .array(list.map { c in
                .object([("submission", .string(c.key.submission)), ("pack", .string(c.key.pack)), ("rule", .string(c.key.rule)),
                         ("group", .string(c.key.group)), ("title", .object([("en", .string(c.latest.titleEnglish)), ("vi", .string(c.latest.title))])),
                         ("before", side(c.before)), ("after", side(c.after)),
                         ("message", .object([("en", .string(c.latest.message)), ("vi", .string(c.latest.messageVietnamese))]))])
            })
        }
        return .object([
            ("from", run(diff.from)), ("to", run(diff.to)),
            ("summary", .object([("new_violations", .number("\(diff.newViolations.count)")), ("resolved_violations", .number("\(diff.resolvedViolations.count)")),
                                 ("status_changes", .number("\(diff.statusChanges.count)")), ("score_changes", .number("\(diff.scoreChanges.count)")),
                                 ("submission_changes", .number("\(diff.submissionChanges.count)"))])),
            ("new_violations", changes(diff.newViolations)),
            ("resolved_violations", changes(diff.resolvedViolations)),
            ("status_changes", changes(diff.statusChanges)),
            ("score_changes", .array(diff.scoreChanges.map { c in
                .object([("submission", .string(c.submission)), ("pack", .string(c.pack)), ("group", .string(c.group)),
                         ("before", .decimal(c.before)), ("after", .decimal(c.after))])
            })),
            ("submission_changes", .array(diff.submissionChanges.map { c in
                .object([("submission", .string(c.name)), ("before", .string(validity(c.before))), ("after", .string(validity(c.after))),
                         ("first_error", .optional(c.after?.firstError))])
            })),
        ])
    }
}
