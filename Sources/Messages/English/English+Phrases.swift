import Diagnostics
import Evaluation
import Foundation
import History
import Rules
import Warehouse

extension English {
    public func phrase(_ phrase: Phrase) -> String {
        switch phrase {
        case .checkHeading(let submissions, let asOf):
            return "coopcheck check: \(submissions.joined(separator: ", ")) as of \(day(asOf))"
        case .reportHeading(let submissions, let asOf):
            return "coopcheck: \(submissions.joined(separator: ", ")) — as of \(day(asOf))"
        case .rollUp:
            return "roll-up of all submissions"
        case .allTogether:
            return "the nation, over all submissions together"
        case .statusCounts(let counts):
            return FindingStatus.allCases.compactMap { s in counts[s].map { "\($0) \(status(s))" } }.joined(
                separator: ", ")
        case .scoreOfDueTargets(let score):
            return "\(percent(score)) of due targets met"
        case .score(let score):
            return "score \(percent(score))"
        case .findingsSummary(let n):
            return "Summary: \(Self.counted(n, "finding"))"
        case .moreRecords(let n):
            return "… and \(n) more"
        case .skippedPack(let province, let submission):
            return "binds province \(province) only; not evaluated on \(submission)"
        case .formerProvincePack(let former, let successor, let communes, let submission) where communes == 0:
            return "plan of the former \(former), now part of \(successor): not evaluated on \(submission), whose "
                + "units file lists no commune of the former province; list them with the codes of their successors "
                + "(columns valid_to and successor) to judge it"
        case .formerProvincePack(let former, let successor, let communes, let submission):
            return "plan of the former \(former), now part of \(successor): judged on \(submission) for the former "
                + "province's area only — its \(Self.counted(communes, "commune-level unit")) and the provincial bodies "
                + "that carry on its duties"
        case .notApplicable(let rules, let submission):
            return "\(Self.counted(rules, "rule")) owed by others (central bodies, units outside \(submission)) "
                + "\(rules == 1 ? "is" : "are") not on this scorecard"
        case .barLegend:
            return
                "Bar: observed value; black mark: the target. Chart over time: dashed line, the path from the start to "
                + "the target by its due date; dot, today's value; thin line, where it leads."
        case .trendLegend:
            return "Small line: the trend over the recorded runs; dashed: the target."
        case .barLabel(let observed, let target):
            return "observed \(observed), target \(target)"
        case .trendLabel(let runs, let points):
            return "trend over \(runs) runs: \(points)"
        case .targetIs(let target):
            return "target: \(target)"
        case .heading(let heading):
            return self.heading(heading)
        case .column(let column):
            return self.column(column)
        case .findingsCut(let shown, let total, let fullReport):
            return "Only the \(shown) worst of \(total) findings are shown, to fit a pull-request comment; "
                + (fullReport.map { "every finding is in \($0)." }
                    ?? "write the full report with --format json or html.")
        case .violationCause(let cause):
            return switch cause {
            case .dataChanged: "data changed"
            case .rulesChanged: "rule packs changed"
            case .dueDatePassed: "due date passed, same data and rules"
            }
        case .inputChange(let kind):
            return switch kind {
            case .added: "added"
            case .removed: "removed"
            case .changed: "changed"
            }
        case .inputProblems(let errors, let warnings):
            return "coopcheck: \(errors) \(errors == 1 ? "error" : "errors") and \(warnings) "
                + "\(warnings == 1 ? "warning" : "warnings") in the input"
                + (errors > 0 ? "; nothing was evaluated" : "")
        case .moreAnnotations(let count, let severity, let fullReport):
            let kind =
                switch severity {
                case .error: count == 1 ? "error" : "errors"
                case .warning: count == 1 ? "warning" : "warnings"
                case .info: count == 1 ? "notice" : "notices"
                }
            return "\(count) more \(kind) not annotated (GitHub shows 10 of each kind per step): they follow in the "
                + "log" + (fullReport.map { ", and every one is in \($0)" } ?? "")
        case .none:
            return "none"
        case .absent:
            return "absent"
        case .checkedSubmission:
            return "checked"
        case .invalidSubmission:
            return "invalid"
        case .notSubmitted:
            return "not submitted"
        case .invalidWithErrors(let n):
            return "invalid, \(Self.counted(n, "error"))"
        case .firstRecordedRun:
            return "The first recorded run: nothing to compare with."
        case .sinceRun(let run, let changes):
            return "Since \(runName(run)): \(changeCounts(changes))."
        case .diffHeading(let from, let to):
            return "coopcheck diff: \(runName(from)) → \(runName(to))"
        case .changesSince(let run):
            return run.map { "Changes since \(runName($0))" } ?? "Changes since the previous run"
        case .changeCounts(let changes):
            return changeCounts(changes)
        case .observedValue(let text):
            return "observed \(text)"
        case .noRunRecorded:
            return "No run is recorded yet."
        case .runHeading(let run, let submissions, let configuration):
            return "coopcheck run \(run): \(Self.counted(submissions, "submission")), \(configuration)"
        case .asOfDate(let date):
            return "as of \(day(date))"
        case .submissionInvalidLine(let firstError, let errors):
            return "invalid: \(firstError ?? "unreadable") (\(Self.counted(errors, "error")))"
        case .notSubmittedLine(let province):
            return "\(province)  not submitted: the run expects a submission for province \(province) and none came"
        case .sinceRunLine(let run, let changes, let history):
            return "Since run \(run): \(changeCounts(changes)) (coopcheck diff --history \(history))"
        case .firstRunOfHistory:
            return "The first run of this history: nothing to compare with."
        case .removedLeftovers(let files):
            return "Removed \(Self.counted(files.count, "unfinished report file")) a killed run left: "
                + files.joined(separator: ", ")
        case .recordedRun(let run, let history, let reports, let directory):
            let wrote = reports.flatMap { n in directory.map { "; wrote \(Self.counted(n, "report")) to \($0)" } } ?? ""
            return "Recorded run \(run) in \(history)\(wrote)"
        case .runProgress(let done, let total, let submission, let valid):
            return "coopcheck: [\(done)/\(total)] \(submission): \(valid ? "checked" : "invalid")"
        case .invalidSubmissionNotEvaluated(let name, let path):
            return "\(name): invalid submission, not evaluated (run 'coopcheck validate \(path)')"
        case .notice(let notice):
            return self.notice(notice)
        case .web(let text):
            return web(text)
        }
    }

    func runName(_ run: RunSummary?) -> String {
        guard let run else { return "this run" }
        return "run \(run.id) (as of \(run.asOf), \(run.startedAt))"
    }

    func changeCounts(_ c: Phrase.ChangeCounts) -> String {
        [
            Self.counted(c.newViolations, "new violation"), "\(c.resolvedViolations) resolved",
            Self.counted(c.statusChanges, "other status change"), Self.counted(c.scoreChanges, "score change"),
            Self.counted(c.submissionChanges, "submission change"),
        ].joined(separator: ", ")
    }

    func heading(_ heading: Phrase.Heading) -> String {
        switch heading {
        case .scorecard: "Scorecard"
        case .findings: "Findings"
        case .submissions: "Submissions"
        case .newViolations: "New violations"
        case .resolvedViolations: "Resolved violations"
        case .statusChanges: "Status changes"
        case .scoreChanges: "Score changes"
        case .submissionChanges: "Submissions"
        case .inputChanges: "Input files changed"
        }
    }

    func column(_ column: Phrase.Column) -> String {
        switch column {
        case .pack: "pack"
        case .group: "group"
        case .rule: "rule"
        case .status: "status"
        case .progress: "progress"
        case .due: "due"
        case .score: "score"
        case .observed: "observed"
        case .target: "target"
        case .message: "message"
        case .submission: "submission"
        case .asOf: "as of"
        case .firstError: "first error"
        case .before: "before"
        case .now: "now"
        case .run: "run"
        case .startedUTC: "started (UTC)"
        case .submissions: "submissions"
        case .invalid: "invalid"
        case .severity: "severity"
        case .section: "section"
        case .quote: "quote"
        case .groupName: "group name"
        case .record: "record"
        case .file: "file"
        case .sheet: "sheet"
        case .cell: "cell"
        case .line: "line"
        case .column: "column"
        case .note: "note"
        case .code: "code"
        case .observedValue: "observed (number)"
        case .targetValue: "target (number)"
        case .position: "position"
        }
    }

    func notice(_ notice: Notice) -> String {
        switch notice {
        case .packsInvalidNothingEvaluated:
            return "error: the rule packs are invalid; nothing was evaluated"
        case .packsInvalidNothingRun:
            return "error: the rule packs are invalid; nothing was run or recorded"
        case .noRules(let paths):
            return
                "error: no rule to evaluate: \(paths.joined(separator: ", ")) \(paths.count == 1 ? "holds" : "hold") no rule; "
                + "name a rule-pack file or a folder of them, or leave out --rules for the built-in packs"
        case .noRulesInConfiguration(let paths, let configuration):
            return
                "error: no rule to evaluate: \(paths.joined(separator: ", ")) \(paths.count == 1 ? "holds" : "hold") no rule; "
                + "name rule-pack files or folders of them in 'rules' of \(configuration), or leave 'rules' out for "
                + "the built-in packs"
        case .packsInvalidRunLint:
            return "error: the rule packs are invalid; run 'coopcheck rules lint'"
        case .packErrors(let count, let path):
            return
                "error: the rule packs have \(Self.counted(count, "error")); run 'coopcheck rules lint \(path)' to see them"
        case .noSuchPack(let id, let suggestion):
            return "error: no rule pack '\(id)'\(Self.didYouMean(suggestion))"
        case .noSuchRule(let id, let paths, let suggestion):
            return "error: no rule '\(id)'" + (paths.map { " in \($0.joined(separator: ", "))" } ?? "")
                + Self.didYouMean(suggestion)
        case .checking(let submission, let rules):
            return "checking \(submission) against \(Self.counted(rules, "rule"))…"
        case .provinceTwice(let province, let submissions):
            return "warning: \(Self.quotedList(submissions)) all speak for province \(province): its records count "
                + "more than once in the nation's figures; check each province's records in one submission"
        case .submissionInvalid(let folder):
            return
                "error: the submission \(folder) is invalid; nothing was evaluated (run 'coopcheck validate \(folder)')"
        case .submissionNotLoaded(let folder):
            return "error: the submission \(folder) is invalid; nothing is loaded (run 'coopcheck validate \(folder)')"
        case .wroteReport(let format, let file):
            return "coopcheck: wrote the \(format) report to \(file)"
        case .cannotWrite(let file, let reason):
            return "error: cannot write \(file): \(reason)"
        case .baselineUnreadable(let file, let reason):
            return "error: cannot read the baseline \(file): \(reason); write one with --write-baseline FILE"
        case .baselineNotAReport(let file):
            return "error: \(file) is not a coopcheck JSON report (it has no 'violations' list); "
                + "write a baseline with --write-baseline FILE"
        case .baselineSummary(let file, let known, let new):
            return "baseline \(file): \(Self.counted(known, "known violation")) still there, "
                + "\(Self.counted(new, "new violation"))"
        case .newViolation(let rule, let place, let text):
            return "new: \(place): \(rule): \(text)"
        case .serving(let address, let packs):
            return "coopcheck serve: open \(address) in a browser (\(Self.counted(packs, "rule pack")); Ctrl+C stops)"
        case .cannotServe(let reason):
            return "error: cannot serve: \(reason); choose another --port, or stop what uses it"
        case .badTokenLine(let file, let line):
            return
                "\(file):\(line):1: error: a line of the token file is 'TOKEN PROVINCE' (a token of 16 characters or "
                + "more, then a province code or *)"
        case .cannotRead(let file, let reason):
            return "error: cannot read \(file): \(reason)"
        case .configurationInvalid:
            return "error: the run configuration is invalid; nothing was run"
        case .reportNotWritten(let path, let reason, let run, let history):
            return "\(path): error: cannot write the report (\(reason)); run \(run) is recorded in \(history)"
        case .historyOverlaps(let history, let other):
            return
                "\(history): error: the history would be \(other == history ? "a file the run reads or writes" : other) "
                + "too, and one would overwrite the other; nothing was run: give the history a path of its own"
        case .validationSummary(let files, let records, let rejected, let errors, let warnings):
            return
                "coopcheck: \(Self.counted(files, "file")), \(Self.counted(records, "record")) (\(rejected) rejected): "
                + problems(errors, warnings, clean: "valid")
        case .lintSummary(let files, let rules, let errors, let warnings):
            return "coopcheck: \(Self.counted(files, "pack file")), \(Self.counted(rules, "valid rule")): "
                + problems(errors, warnings, clean: "no problems")
        case .examplesSummary(let rules, let examples, let failed, let warnings):
            return "coopcheck: \(Self.counted(rules, "rule")), \(Self.counted(examples, "example")): "
                + (failed == 0 ? "all pass" : "\(Self.counted(failed, "example")) failed")
                + (warnings > 0 ? ", \(Self.counted(warnings, "warning"))" : "")
        case .generated(let files, let folder):
            return "coopcheck: wrote \(files.joined(separator: ", ")) to \(folder)"
        case .cannotGenerate(let folder, let reason):
            return "error: cannot write to \(folder): \(reason)"
        case .folderHasSubmission(let folder):
            return
                "error: \(folder) already holds a submission (submission.yaml); nothing was overwritten: choose another folder"
        case .noSuchProvince(let code, let year):
            return "error: '\(code)' is not a province code at the end of \(year)"
                + (year >= 2025
                    ? " (34 provinces from 1/7/2025; see coopcheck serve's list or docs/administrative-map.md)" : "")
        case .interrupted:
            return "coopcheck: interrupted; no report is left half-written"
        case .database(let address, let problem):
            return "error: " + database(problem, address: address)
        case .usage(let usage):
            return self.usage(usage)
        }
    }

    private func problems(_ errors: Int, _ warnings: Int, clean: String) -> String {
        errors + warnings == 0 ? clean : "\(Self.counted(errors, "error")), \(Self.counted(warnings, "warning"))"
    }

    private func database(_ problem: WarehouseError, address: String) -> String {
        switch problem {
        case .unreachable(let reason):
            "cannot reach the database \(address): \(reason); check the address, that the server runs, "
                + "and the password in PGPASSWORD or --password-file"
        case .queryFailed(let reason, let query):
            "the database \(address) refused a query: \(reason)"
                + (query.isEmpty ? "" : " (in: \(query.split(separator: "\n").prefix(3).joined(separator: " ")) …)")
                + "; create the tables with `coopcheck sql schema` and fill them with `coopcheck sql load`"
        case .badCell(let table, let column, let text):
            "the database \(address) gave '\(text)' in column \(column) of \(table), which is not a value of its type; "
                + "load the data with `coopcheck sql load`"
        case .noSubmissions(let table):
            "the database \(address) holds no submission: \(table) is empty; load one with `coopcheck sql load`"
        case .unknownSubmission(let id, let known):
            "the database \(address) holds no submission '\(id)'; it holds: \(known.joined(separator: ", "))"
        }
    }

    func usage(_ usage: Notice.Usage) -> String {
        switch usage {
        case .notADate(let option, let found):
            "\(option) must be a date written YYYY-MM-DD, e.g. 2025-12-31; found '\(found)'"
        case .notAPeriod(let option, let found):
            "\(option) must be a year (2025), a span of years (2021-2025) or two dates (2025-01-01..2025-06-30); "
                + "found '\(found)'"
        case .unknownFormat(let name, let known, let suggestion):
            "unknown format '\(name)'; choose one of \(known.joined(separator: ", "))\(Self.didYouMean(suggestion))"
        case .outputPerFormat(let formats, let outputs):
            "give one --output for each --format (\(Self.counted(formats, "format")), \(Self.counted(outputs, "output")))"
        case .severalFormatsNeedOutputs:
            "several formats need an --output each; only one report can go to standard output"
        case .dataTwice(let folder):
            "--data \(folder) is given twice; a submission counts once"
        case .outputTwice(let file):
            "--output \(file) is given for two formats; one would overwrite the other: give each its own file"
        case .historyAndConfig:
            "give --history or --config, not both"
        case .historyMissing:
            "give the history: --history FILE, or --config FILE for a run configuration's"
        case .sourceDateEpoch(let found, let last):
            "SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC, from 0 to \(last); found '\(found)'"
        case .atLeast(let option, let minimum, let found):
            "\(option) must be at least \(minimum); found \(found)"
        case .between(let option, let low, let high):
            "\(option) must be between \(low) and \(high)"
        case .database(let problem):
            "--database: " + source(problem)
        case .noDatabase(let file):
            "no database to read: give --database, or 'database:' in \(file)"
        case .needs(let option, let other):
            "\(option) is used only with \(other)"
        case .notBoth(let a, let b):
            "give \(a) or \(b), not both"
        case .unknownLanguage(let found):
            "unknown language '\(found)'; give vi (Vietnamese) or en (English)"
        }
    }

    public func historyError(_ error: HistoryError) -> String {
        switch error {
        case .missing(let file):
            "\(file): error: no history here; record a run first with 'coopcheck run --config FILE' (or give --history)"
        case .unreadable(let file, let reason):
            "\(file): error: not a readable coopcheck history (\(reason)); give another --history, or move this file away to start a new one"
        case .newerSchema(let file):
            "\(file): error: this history was written by a newer coopcheck; use that version to read it"
        case .notAHistory(let file):
            "\(file): error: this is a database of another program, not a coopcheck history; nothing was written "
                + "to it: give --history a new file or a coopcheck history"
        case .noSuchRun(let file, let id, let known):
            "\(file): error: no run \(id) in the history; "
                + (known.map { "runs \($0.lowerBound) to \($0.upperBound) are recorded (see 'coopcheck history')" }
                    ?? "no run is recorded yet")
        case .notEnoughRuns(let file, let count):
            "\(file): error: a comparison needs two runs and the history holds \(count); record another with 'coopcheck run'"
        case .sameRun(let file, let id):
            "\(file): error: both runs to compare are run \(id); give two different runs (see 'coopcheck history')"
        case .writeFailed(let file, let reason):
            "\(file): error: cannot record the run (\(reason)); the earlier runs are unchanged"
        }
    }
}
