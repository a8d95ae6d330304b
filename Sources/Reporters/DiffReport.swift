import Diagnostics
import Foundation
import History
import Messages
import Rules

/// `coopcheck diff` and the "changes since the previous run" part of the Markdown and JSON
/// reports: new and resolved violations, other status changes, score changes and submissions.
public enum DiffReport {
    public enum Format: String, CaseIterable, Sendable {
        case text, json, markdown
    }

    public static func render(_ diff: RunDiff, format: Format, language: Language = .en) -> String {
        let c = Catalogues.of(language)
        return switch format {
        case .text: text(diff, c)
        case .json: json(diff).rendered() + "\n"
        case .markdown: "# coopcheck diff\n\n" + markdown(diff, c, level: "##")
        }
    }

    /// "3 new violations, 0 resolved, …": one line for logs and report headers.
    static func summary(_ diff: RunDiff, _ c: any Catalogue) -> String {
        c.phrase(.changeCounts(Phrase.ChangeCounts(diff)))
    }

    static func status(_ finding: StoredFinding?, _ c: any Catalogue) -> String {
        finding.map { c.status($0.status) } ?? c.phrase(.absent)
    }

    static func score(_ value: Decimal?, _ c: any Catalogue) -> String { value.map(c.percent) ?? "—" }

    static func validity(_ outcome: SubmissionOutcome?, _ c: any Catalogue) -> String {
        guard let outcome else { return c.phrase(.absent) }
        return switch outcome.status {
        case .checked: c.phrase(.checkedSubmission)
        case .invalid: c.phrase(.invalidSubmission)
        case .notSubmitted: c.phrase(.notSubmitted)
        }
    }

    /// The sections of finding changes, with their headings.
    static func sections(_ diff: RunDiff) -> [(Phrase.Heading, [RunDiff.Change])] {
        [
            (.newViolations, diff.newViolations), (.resolvedViolations, diff.resolvedViolations),
            (.statusChanges, diff.statusChanges),
        ]
    }

    /// `Title (3):`, or `Title (0): none`.
    static func title(_ heading: Phrase.Heading, count: Int, _ c: any Catalogue) -> String {
        "\(c.phrase(.heading(heading))) (\(count))" + (count == 0 ? ": \(c.phrase(.none))" : ":")
    }

    static func text(_ diff: RunDiff, _ c: any Catalogue) -> String {
        var out = c.phrase(.diffHeading(from: diff.from, to: diff.to)) + "\n"
        for (heading, changes) in sections(diff) {
            out += "\n\(title(heading, count: changes.count, c))\n"
            for change in changes {
                out +=
                    "  \(change.key.submission)  \(change.key.rule)  [\(c.group(code: change.key.group))]  "
                    + "\(status(change.before, c)) → \(status(change.after, c))"
                out += (change.after?.observedText).map { "  " + c.phrase(.observedValue($0[c.language])) } ?? ""
                out += change.cause.map { "  (\(c.phrase(.violationCause($0))))" } ?? ""
                out += "\n    \(change.latest.message[c.language])\n"
            }
        }
        if !diff.inputChanges.isEmpty {
            out += "\n\(title(.inputChanges, count: diff.inputChanges.count, c))\n"
            for change in diff.inputChanges {
                out += "  \(c.phrase(.inputChange(change.change)))  \(change.input.path)\n"
            }
        }
        out += "\n\(title(.scoreChanges, count: diff.scoreChanges.count, c))\n"
        for change in diff.scoreChanges {
            out +=
                "  \(change.submission)  \(change.pack)  [\(c.group(code: change.group))]  "
                + "\(score(change.before, c)) → \(score(change.after, c))\n"
        }
        out += "\n\(title(.submissionChanges, count: diff.submissionChanges.count, c))\n"
        for change in diff.submissionChanges {
            out += "  \(change.name)  \(validity(change.before, c)) → \(validity(change.after, c))"
            out += (change.after?.firstError).map { "\n    \($0[c.language])" } ?? ""
            out += "\n"
        }
        return out + "\n\(summary(diff, c))\n"
    }

    /// The Markdown sections, headed at `level` (`##` for the diff alone, `###` inside a report).
    static func markdown(_ diff: RunDiff, _ c: any Catalogue, level: String) -> String {
        var out = "\(level) \(c.phrase(.changesSince(diff.from)))\n\n**\(summary(diff, c)).**\n"
        let cell = Escape.markdownCell
        for (heading, changes) in sections(diff) where !changes.isEmpty {
            out += "\n\(level)# \(c.phrase(.heading(heading)))\n\n"
            out += MarkdownReporter.header(
                [Phrase.Column.submission, .rule, .group, .before, .now, .observed, .message]
                    .map { c.phrase(.column($0)) })
            for change in changes {
                let cause = change.cause.map { " (\(c.phrase(.violationCause($0))))" } ?? ""
                out += MarkdownReporter.row([
                    cell(change.key.submission), "`\(change.key.rule)`", cell(c.group(code: change.key.group)),
                    status(change.before, c), status(change.after, c) + cause,
                    cell(change.after?.observedText?[c.language] ?? ""), cell(change.latest.message[c.language]),
                ])
            }
        }
        if !diff.inputChanges.isEmpty {
            out += "\n\(level)# \(c.phrase(.heading(.inputChanges)))\n\n"
            for change in diff.inputChanges {
                out += "- \(c.phrase(.inputChange(change.change))): `\(cell(change.input.path))`\n"
            }
        }
        if !diff.scoreChanges.isEmpty {
            out += "\n\(level)# \(c.phrase(.heading(.scoreChanges)))\n\n"
            out += MarkdownReporter.header(
                [Phrase.Column.submission, .pack, .group, .before, .now].map { c.phrase(.column($0)) },
                numeric: [3, 4])
            for change in diff.scoreChanges {
                out += MarkdownReporter.row([
                    cell(change.submission), "`\(change.pack)`", cell(c.group(code: change.group)),
                    score(change.before, c), score(change.after, c),
                ])
            }
        }
        if !diff.submissionChanges.isEmpty {
            out += "\n\(level)# \(c.phrase(.heading(.submissionChanges)))\n\n"
            out += MarkdownReporter.header(
                [Phrase.Column.submission, .before, .now, .firstError].map { c.phrase(.column($0)) })
            for change in diff.submissionChanges {
                out += MarkdownReporter.row([
                    cell(change.name), validity(change.before, c), validity(change.after, c),
                    cell(change.after?.firstError?[c.language] ?? ""),
                ])
            }
        }
        return out
    }

    static func json(_ diff: RunDiff) -> JSON {
        func run(_ r: RunSummary?) -> JSON {
            guard let r else { return .null }
            return .object([
                ("id", .number("\(r.id)")), ("as_of", .string(r.asOf)), ("started_at", .string(r.startedAt)),
            ])
        }
        func side(_ f: StoredFinding?) -> JSON {
            guard let f else { return .null }
            return .object([
                ("status", .string(f.status.rawValue)), ("observed", .decimal(f.observed)),
                ("observed_text", f.observedText.map(JSON.localized) ?? .null),
            ])
        }
        func changes(_ list: [RunDiff.Change]) -> JSON {
            .array(
                list.map { c in
                    .object([
                        ("submission", .string(c.key.submission)), ("pack", .string(c.key.pack)),
                        ("rule", .string(c.key.rule)),
                        ("group", .string(c.key.group)), ("title", .localized(c.latest.title)),
                        ("before", side(c.before)), ("after", side(c.after)), ("message", .localized(c.latest.message)),
                        ("cause", .optional(c.cause?.rawValue)),
                    ])
                })
        }
        func validity(_ outcome: SubmissionOutcome?) -> JSON {
            .string(outcome?.status.rawValue ?? "absent")
        }
        return .object([
            ("from", run(diff.from)), ("to", run(diff.to)),
            (
                "summary",
                .object([
                    ("new_violations", .number("\(diff.newViolations.count)")),
                    ("resolved_violations", .number("\(diff.resolvedViolations.count)")),
                    ("status_changes", .number("\(diff.statusChanges.count)")),
                    ("score_changes", .number("\(diff.scoreChanges.count)")),
                    ("submission_changes", .number("\(diff.submissionChanges.count)")),
                ])
            ),
            ("new_violations", changes(diff.newViolations)),
            ("resolved_violations", changes(diff.resolvedViolations)),
            ("status_changes", changes(diff.statusChanges)),
            (
                "input_changes",
                .array(
                    diff.inputChanges.map { c in
                        .object([
                            ("change", .string(c.change.rawValue)), ("kind", .string(c.input.kind.rawValue)),
                            ("name", .string(c.input.name)), ("path", .string(c.input.path)),
                            ("sha256", .string(c.input.sha256)),
                        ])
                    })
            ),
            (
                "score_changes",
                .array(
                    diff.scoreChanges.map { c in
                        .object([
                            ("submission", .string(c.submission)), ("pack", .string(c.pack)),
                            ("group", .string(c.group)),
                            ("before", .decimal(c.before)), ("after", .decimal(c.after)),
                        ])
                    })
            ),
            (
                "submission_changes",
                .array(
                    diff.submissionChanges.map { c in
                        .object([
                            ("submission", .string(c.name)), ("before", validity(c.before)),
                            ("after", validity(c.after)),
                            ("first_error", c.after?.firstError.map(JSON.localized) ?? .null),
                        ])
                    })
            ),
        ])
    }
}
