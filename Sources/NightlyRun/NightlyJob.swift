import AdministrativeMap
import DataLoading
import Diagnostics
import Evaluation
import Expressions
import Foundation
import History
import Messages
import Reporters
import Rules

/// Why a run could not be carried out at all (a bad submission is not one: it is reported and
/// the run goes on).
public enum NightlyRunError: Error, Sendable {
    /// The rule packs have errors; nothing was evaluated or recorded.
    case invalidRules([Diagnostic])
    /// The rule paths hold no rule: a run would judge nothing, so nothing is run.
    case noRules(paths: [String], warnings: [Diagnostic])
    case history(HistoryError)
    /// A report could not be written; the run is recorded.
    case report(path: String, reason: String, run: Int64)
    /// The history's path is also a report's, the configuration's or an input's: one would
    /// overwrite the other, so nothing is run.
    case historyOverlaps(history: String, with: String)
}

/// What a recorded run did.
public struct NightlyRunOutcome: Sendable {
    public let runID: Int64
    public let submissions: [SubmissionRun]
    /// The expected provinces no submission came for, by code.
    public let notSubmitted: [String]
    /// Every valid submission's result together, with a roll-up scorecard per pack.
    public let combined: EvaluationResult
    /// Since the previous run; nil for the first run of the history.
    public let changes: RunDiff?
    public let reports: [String]
    /// Temporary files of an earlier run killed while writing its reports, removed this time.
    public let removedLeftovers: [String]
    /// Whether a submission was invalid or missing, or a violation reached the configuration's `fail_on`.
    public let failed: Bool
    /// Warnings of the rule packs, which do not stop a run.
    public let ruleWarnings: [Diagnostic]
}

/// A whole nightly run: the rule packs and every submission evaluated, the run recorded in the
/// history in one transaction, then the reports written (one per submission and format, and the
/// roll-up), each carrying the changes since the previous run.
public enum NightlyJob {
    /// How many earlier runs a trend line shows.
    public static let trendRuns = 30

    /// `clock` stamps the run's start and end; its start, in Vietnam's time, is the date
    /// `as_of: today` means. `checkpoint` is called inside the history transaction (tests use it
    /// to kill the run there).
    /// `language`, when given, overrides the configuration's `outputs.language`; without either
    /// the reports are in `fallbackLanguage`.
    public static func run(
        _ configuration: RunConfiguration, asOf override: CivilDate? = nil, clock: () -> Date = { Date() },
        jobs: Int, language: Language? = nil, fallbackLanguage: Language = .en, checkpoint: () -> Void = {},
        progress: @Sendable (SubmissionRun) -> Void = { _ in }
    ) throws(NightlyRunError) -> NightlyRunOutcome {
        let now = clock()
        let ruleSet = RuleLoader.load(pathsOrEmbedded: configuration.rulePaths)
        guard !ruleSet.hasErrors else { throw .invalidRules(ruleSet.diagnostics) }
        guard !ruleSet.rules.isEmpty else {
            throw .noRules(paths: configuration.rulePaths, warnings: ruleSet.diagnostics)
        }
        if let other = historyOverlap(configuration, packs: ruleSet.packs) {
            throw .historyOverlaps(history: configuration.historyPath, with: other)
        }
        let store: HistoryStore
        do { store = try HistoryStore(path: configuration.historyPath, create: true) } catch { throw .history(error) }

        let runs = NightlyRunner.evaluate(
            configuration, packs: ruleSet.packs, asOf: override,
            today: NightlyRunner.vietnameseDate(at: now), jobs: jobs, progress: progress)
        let inputs = NightlyRunner.inputs(of: configuration, packs: ruleSet.packs, runs: runs)
        let results = runs.compactMap(\.result)
        let asOf = override ?? results.map(\.asOf).max() ?? NightlyRunner.vietnameseDate(at: now)
        let combined =
            results.isEmpty
            ? EvaluationResult.empty(asOf: asOf)
            : EvaluationResult.combining(results, rollUpOne: true)
        // An expected province that no submission speaks for (valid or not, by its manifest or by
        // its folder's name in a folder of provinces) was not submitted. A code speaks for a
        // province on the map of the submission's period, the same one across 1/7/2025 only if
        // that province was not reorganised.
        let covered = Set(
            runs.flatMap { run in
                let codes = [run.submission.name] + (run.result?.provinces ?? run.report.province.map { [$0] } ?? [])
                guard let period = run.report.period else { return codes }
                return codes.compactMap { AdministrativeMap.sameProvince($0, during: period, on: asOf) }
            })
        let outcomes =
            runs.map(\.outcome)
            + configuration.expectedProvinces.codes(asOf: asOf).filter { !covered.contains($0) }
            .map(SubmissionOutcome.notSubmitted)
        let findings = combined.findings.map { finding in
            StoredFinding(
                finding, message: LocalizedText { $0.message(finding) },
                observedText: finding.observation == nil ? nil : LocalizedText { $0.observed(finding) ?? "" })
        }
        let scorecards = combined.scorecards.map(StoredScorecard.init)

        let record = RunRecord(
            startedAt: now, finishedAt: clock(),
            asOfRule: override.map { "--as-of \($0)" } ?? configuration.asOf.description,
            asOf: asOf.description, configuration: configuration.file, toolVersion: CoopCheckVersion.current,
            inputs: inputs, submissions: outcomes,
            findings: findings, scorecards: scorecards)
        let context: RunContext
        let id: Int64
        do {
            let previous = try store.lastRuns(1).first
            let changes = try previous.map { p throws(HistoryError) in
                RunDiff(
                    from: p, to: nil,
                    before: (
                        try store.findings(ofRun: p.id), try store.scorecards(ofRun: p.id),
                        try store.submissions(ofRun: p.id)
                    ),
                    after: (findings, scorecards, outcomes)
                ).reading(inputs: try store.inputs(ofRun: p.id), inputs)
            }
            var trends = try store.trends(lastRuns: trendRuns - 1)
            let dates = Dictionary(
                outcomes.map { ($0.name, $0.asOf ?? asOf.description) }, uniquingKeysWith: { a, _ in a })
            for finding in findings {
                guard let value = finding.observed else { continue }
                trends[finding.key, default: []].append(
                    TrendPoint(
                        run: nil, asOf: dates[finding.key.submission] ?? asOf.description,
                        value: value, status: finding.status))
            }
            let missing = outcomes.filter { $0.status == .notSubmitted }.map { outcome in
                Diagnostic.error(
                    at: configuration.expectedProvincesLocation
                        ?? SourcePosition(file: configuration.file, line: 1, column: 1),
                    .runConfiguration(.notSubmitted(province: outcome.name)))
            }
            context = RunContext(
                changes: changes, trends: trends, submissions: outcomes,
                inputProblems: runs.filter { $0.result == nil }.flatMap(\.report.diagnostics) + missing)
            id = try store.record(record, checkpoint: checkpoint)
        } catch {
            throw .history(error)
        }

        var written: [String] = []
        var leftovers: [String] = []
        if let directory = configuration.outputDirectory {
            do {
                leftovers = try prepareFolders(directory)
                written = try writeReports(
                    configuration, directory: directory, runs: runs, combined: combined, context: context,
                    language: language ?? configuration.language ?? fallbackLanguage, jobs: jobs)
            } catch {
                throw .report(path: error.path, reason: error.reason, run: id)
            }
        }
        let threshold = configuration.failOnSeverity
        let failed = outcomes.contains { !$0.valid } || threshold.map { combined.hasViolations(atOrAbove: $0) } == true
        return NightlyRunOutcome(
            runID: id, submissions: runs, notSubmitted: outcomes.filter { $0.status == .notSubmitted }.map(\.name),
            combined: combined, changes: context.changes, reports: written, removedLeftovers: leftovers,
            failed: failed, ruleWarnings: ruleSet.diagnostics)
    }

    /// A file the history's path is also: a report the run writes, the configuration, a rule pack,
    /// or a file in a submission folder.
    static func historyOverlap(_ configuration: RunConfiguration, packs: [RulePack]) -> String? {
        func normal(_ path: String) -> String {
            URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        }
        let history = normal(configuration.historyPath)
        var taken = [configuration.file] + packs.map(\.location.file)
        if let directory = configuration.outputDirectory {
            let extensions = configuration.formats.compactMap { Reporters.reporter(named: $0)?.fileExtension }
            taken += extensions.map { (directory as NSString).appendingPathComponent("roll-up.\($0)") }
            let folder = (directory as NSString).appendingPathComponent("submissions")
            if history.hasPrefix(normal(folder) + "/") { return folder }
        }
        if let same = taken.first(where: { normal($0) == history }) { return same }
        return configuration.submissions.first { history.hasPrefix(normal($0.path) + "/") }?.path
    }

    /// Makes the report folders (refusing a file where a folder must be) and removes the
    /// temporary files a run killed while writing left there, returning their paths.
    static func prepareFolders(_ directory: String) throws(AtomicFile.WriteError) -> [String] {
        let folders = [directory, (directory as NSString).appendingPathComponent("submissions")]
        for folder in folders {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), !isFolder.boolValue {
                throw AtomicFile.WriteError(path: folder, reason: "it is a file, where the reports' folder must be")
            }
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw AtomicFile.WriteError(path: folder, reason: String(cString: strerror(errno)))
            }
        }
        return folders.flatMap { folder in
            AtomicFile.removeStale(in: folder).map { (folder as NSString).appendingPathComponent($0) }
        }
    }

    /// `DIR/roll-up.EXT` over every submission (with the problems of those not evaluated),
    /// `DIR/submissions/NAME.EXT` for each one (replacing last night's, atomically): its findings,
    /// or for an invalid one its problems, with `NAME.errors.txt` beside them. Reports are made
    /// on up to `jobs` cores; the paths come back in a fixed order.
    static func writeReports(
        _ configuration: RunConfiguration, directory: String, runs: [SubmissionRun], combined: EvaluationResult,
        context: RunContext, language: Language, jobs: Int
    ) throws(AtomicFile.WriteError) -> [String] {
        let folder = (directory as NSString).appendingPathComponent("submissions")
        let options = ReportOptions(language: language, run: context, failOn: configuration.failOnSeverity)
        let catalogue = Catalogues.of(language)
        let reporters = configuration.formats.compactMap { Reporters.reporter(named: $0) }
        var reports: [(path: String, make: @Sendable () -> String)] = reporters.map { reporter in
            (
                (directory as NSString).appendingPathComponent("roll-up.\(reporter.fileExtension)"),
                { reporter.generateReport(combined, options: options) }
            )
        }
        for run in runs {
            let name = run.submission.name
            let stale =
                run.result == nil
                ? Reporters.all.filter { !configuration.formats.contains($0.identifier) }.map {
                    "\(name).\($0.fileExtension)"
                }
                : ["\(name).errors.txt"]
            for file in stale {
                try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(file))
            }
            guard let result = run.result else {
                let diagnostics = run.report.diagnostics
                for reporter in reporters {
                    reports.append(
                        (
                            (folder as NSString).appendingPathComponent("\(name).\(reporter.fileExtension)"),
                            { reporter.generateReport(diagnostics: diagnostics, options: options) }
                        ))
                }
                reports.append(
                    (
                        (folder as NSString).appendingPathComponent("\(name).errors.txt"),
                        {
                            run.report.diagnostics.map(catalogue.line).joined(separator: "\n") + "\n"
                                + catalogue.phrase(
                                    .invalidSubmissionNotEvaluated(name: name, path: run.submission.path)) + "\n"
                        }
                    ))
                continue
            }
            var own = options
            own.run = context.only(submission: name)
            for reporter in reporters {
                reports.append(
                    (
                        (folder as NSString).appendingPathComponent("\(name).\(reporter.fileExtension)"),
                        { [own] in reporter.generateReport(result, options: own) }
                    ))
            }
        }
        let all = reports
        let failures = Parallel.map(all.count, workers: jobs) { i -> AtomicFile.WriteError? in
            do throws(AtomicFile.WriteError) {
                try AtomicFile.write(all[i].make(), to: all[i].path)
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
        return all.map(\.path)
    }
}

extension NightlyRunOutcome {
    /// What `coopcheck run` prints: a line per submission (its counts, or its first error), the
    /// change since the previous run, and where the run and its reports went.
    public func summary(of configuration: RunConfiguration, language: Language) -> String {
        let c = Catalogues.of(language)
        var out =
            c.phrase(.runHeading(run: runID, submissions: submissions.count, configuration: configuration.file)) + "\n"
        let width = submissions.map(\.submission.name.count).max() ?? 0
        for run in submissions {
            let name = run.submission.name.padding(toLength: width, withPad: " ", startingAt: 0)
            if let result = run.result {
                out += "  \(name)  \(c.phrase(.asOfDate(result.asOf)))  \(c.counts(result.statusCounts))\n"
            } else {
                let line = c.phrase(
                    .submissionInvalidLine(
                        firstError: run.outcome.firstError?[language], errors: run.outcome.errorCount))
                out += "  \(name)  \(line)\n"
            }
        }
        for province in notSubmitted { out += "  \(c.phrase(.notSubmittedLine(province: province)))\n" }
        if let changes, let previous = changes.from {
            out +=
                c.phrase(
                    .sinceRunLine(
                        run: previous.id, changes: Phrase.ChangeCounts(changes), history: configuration.historyPath))
                + "\n"
        } else {
            out += c.phrase(.firstRunOfHistory) + "\n"
        }
        if !removedLeftovers.isEmpty { out += c.phrase(.removedLeftovers(removedLeftovers)) + "\n" }
        let reports = configuration.outputDirectory == nil ? nil : self.reports.count
        return out
            + c.phrase(
                .recordedRun(
                    run: runID, history: configuration.historyPath, reports: reports,
                    directory: configuration.outputDirectory)) + "\n"
    }
}
