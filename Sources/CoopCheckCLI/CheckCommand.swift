import ArgumentParser
import DataLoading
import Diagnostics
import Evaluation
import Expressions
import Foundation
import Messages
import Reporters
import Rules

/// `coopcheck check`: the rule packs against one or more submissions, at a date.
struct CheckCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Evaluate the rule packs against a submission: findings and scorecards.",
        discussion: """
            Loads the rule packs and the submission (both must be valid: their errors are printed \
            as by `rules lint` and `validate`, and nothing is evaluated), evaluates every rule at the \
            as-of date and prints one finding per rule and owner — met, violated, at_risk, pending, \
            on_track, not_effective, not_owed, no_data, contribution or error — with scorecards per pack and \
            group. \
            A province is judged on what it owes and shown its contribution to national targets; \
            several --data folders are judged together for the nation. A --data workbook (.xlsx) is \
            a submission by itself, its facts given by --province and --period or its 'submission' sheet.

            The as-of date defaults to the end of the submission's reporting period.

            Exit codes: 0 when nothing at or above --fail-on is violated, 1 when something is, \
            2 for invalid rules, data or usage. Invalid input still gets every report asked for, \
            holding its problems at their positions. With --baseline, only violations the baseline \
            does not know count for the exit code.

            EXAMPLES:
              coopcheck check                                   The built-in packs against Samples/dak-nong-2025.
              coopcheck check --rules my-packs --data ~/nop-bao-cao/2025
              coopcheck check --data Samples/dak-nong-2025 --as-of 2025-12-31 --format json
              coopcheck check --pack ctph-254-2024 --lang vi
              coopcheck check --rule CTPH254.II.2a --fail-on warning
              coopcheck check --format sarif --output coopcheck.sarif --format html --output scorecard.html
              coopcheck check --data so-lieu-2025.xlsx --province 67 --period 2025
              coopcheck check --write-baseline baseline.json    Record today's violations as known.
              coopcheck check --baseline baseline.json          Fail only on violations not in it.
            """)

    @OptionGroup var rules: RulePathOptions

    @OptionGroup var jobs: JobsOption

    @Option(
        name: .customLong("data"),
        help: ArgumentHelp("A submission folder or workbook (repeatable).", valueName: "SUBMISSION"))
    var data: [String] = []

    @OptionGroup(title: "A database") var database: DatabaseOptions

    /// The folders checked: those given, or the Đắk Nông sample.
    var submissions: [String] { data.isEmpty ? ["Samples/dak-nong-2025"] : data }

    @OptionGroup(title: "A workbook without a manifest") var facts: SubmissionFactsOptions

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "The evaluation date, YYYY-MM-DD (default: the end of the submission's period).", valueName: "DATE"))
    var asOf: String?

    @Option(help: ArgumentHelp("Only the rules of this pack (repeatable).", valueName: "ID"))
    var pack: [String] = []

    @Option(help: ArgumentHelp("Only this rule (repeatable).", valueName: "ID"))
    var rule: [String] = []

    @Option(
        name: .customLong("fail-on"),
        help: "Exit 1 when a rule of this severity or worse is violated: error, warning or never.")
    var failOn: FailOn = .error

    @OptionGroup(title: "Reports") var reports: ReportOutputOptions

    @Option(
        help: ArgumentHelp(
            "A JSON report of an earlier check: only violations not in it fail the check.", valueName: "FILE"))
    var baseline: String?

    @Option(
        name: .customLong("write-baseline"),
        help: ArgumentHelp("Write this check's violations as a baseline (a JSON report) to FILE.", valueName: "FILE"))
    var writeBaseline: String?

    @Flag(help: "In CSV, one row per violating record as well.")
    var records = false

    @OptionGroup var language: LanguageOption

    /// The provinces more than one of the submissions is, with those submissions.
    static func provincesTwice(_ results: [EvaluationResult]) -> [(String, [String])] {
        var by: [String: [String]] = [:]
        for result in results {
            if let province = result.province { by[province, default: []] += result.submissions }
        }
        return by.keys.sorted().compactMap { by[$0]!.count > 1 ? ($0, by[$0]!) : nil }
    }

    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error, warning, never
    }

    func validate() throws {
        let c = language.usage
        if let asOf, CivilDate.parseISO(asOf) == nil {
            throw c.usage(.notADate(option: "--as-of", found: asOf))
        }
        try reports.check(c)
        try database.check(c)
        if database.isGiven, !data.isEmpty { throw c.usage(.notBoth("--data", "--database")) }
        var seen: Set<String> = []
        for folder in submissions where !seen.insert(ReportOutputOptions.standard(folder)).inserted {
            throw c.usage(.dataTwice(folder))
        }
        if let writeBaseline, reports.writes(to: writeBaseline) {
            throw c.usage(.outputTwice(writeBaseline))
        }
    }

    var threshold: Severity? {
        switch failOn {
        case .error: .error
        case .warning: .warning
        case .never: nil
        }
    }

    /// Writes the reports of input that could not be evaluated; invalid input exits 2 either way.
    func reportInvalid(_ diagnostics: [Diagnostic], console: Console, catalogue c: any Catalogue) -> ExitStatus {
        if reports.requested {
            let options = reports.options(c, colour: false, failOn: threshold)
            _ = reports.write(console: console, catalogue: c) {
                $0.generateReport(diagnostics: diagnostics, options: options)
            }
        }
        return .invalidInput
    }

    func run(console: Console) throws -> ExitStatus {
        let c = language.catalogue(console)
        let ruleSet = RuleLoader.load(pathsOrEmbedded: rules.paths)
        for diagnostic in ruleSet.diagnostics { console.note(c.line(diagnostic)) }
        guard !ruleSet.hasErrors else {
            console.note(c.notice(.packsInvalidNothingEvaluated))
            return reportInvalid(ruleSet.diagnostics, console: console, catalogue: c)
        }
        guard !ruleSet.rules.isEmpty else {
            console.note(c.notice(.noRules(paths: rules.paths)))
            return .invalidInput
        }
        let selection = RuleSelection(packs: pack, rules: rule)
        guard selection.known(in: ruleSet, console: console, catalogue: c) else { return .invalidInput }
        var known: Baseline?
        if let baseline {
            do throws(Baseline.ReadError) {
                known = try Baseline.read(baseline)
            } catch {
                console.note(c.notice(error.notice))
                return .invalidInput
            }
        }

        let reading = ReadOptions(workers: jobs.count, known: ruleSet.knownIdentifiers)
        var results: [EvaluationResult] = []
        var invalid: [Diagnostic] = []
        if database.isGiven {
            guard let (address, layout) = try database.connection(console: console, catalogue: c),
                let evaluated = database.evaluate(
                    address, layout: layout, packs: ruleSet.packs, asOf: asOf.flatMap { CivilDate.parseISO($0) },
                    include: selection.includes, console: console, catalogue: c)
            else { return .invalidInput }
            results = evaluated
        }
        for folder in database.isGiven ? [] : submissions {
            console.progress(c.notice(.checking(submission: folder, rules: ruleSet.rules.count)))
            let (result, report) = Evaluator.check(
                packs: ruleSet.packs, source: .at(folder, facts: facts.facts),
                asOf: asOf.flatMap { CivilDate.parseISO($0) },
                part: submissions.count > 1, options: reading, include: selection.includes)
            console.progress(nil)
            for diagnostic in report.diagnostics { console.note(c.line(diagnostic)) }
            guard let result else {
                console.note(c.notice(.submissionInvalid(folder)))
                invalid += report.diagnostics
                continue
            }
            results.append(result)
        }
        guard invalid.isEmpty else { return reportInvalid(invalid, console: console, catalogue: c) }
        for (province, names) in Self.provincesTwice(results) {
            console.note(c.notice(.provinceTwice(province: province, submissions: names)))
        }
        let combined = EvaluationResult.combining(results)
        let options = reports.options(
            c, colour: console.colourAllowed, records: records, failOn: threshold)
        guard reports.write(console: console, catalogue: c, make: { $0.generateReport(combined, options: options) })
        else { return .invalidInput }
        if let writeBaseline {
            do {
                try AtomicFile.write(JSONReporter.generateReport(combined, options: options), to: writeBaseline)
                console.note(c.notice(.wroteReport(format: "baseline", file: writeBaseline)))
            } catch {
                console.note(c.notice(.cannotWrite(file: writeBaseline, reason: error.localizedDescription)))
                return .invalidInput
            }
        }
        guard let threshold else { return .success }
        let counted = Violation.all(in: combined, options: options).filter { $0.finding.rule.severity >= threshold }
        guard let known else { return counted.isEmpty ? .success : .findings }
        return gate(counted, on: known, console: console, catalogue: c)
    }

    /// The baseline's verdict: each violation it does not know named on standard error, then how
    /// many it knows; findings only when there is a new one.
    func gate(_ violations: [Violation], on baseline: Baseline, console: Console, catalogue c: any Catalogue)
        -> ExitStatus
    {
        let (old, new) = baseline.split(violations)
        for violation in new {
            let text =
                violation.record.map { "\($0.id): \(c.note($0.problem, of: violation.finding))" }
                ?? c.message(violation.finding)
            console.note(
                c.notice(
                    .newViolation(rule: violation.finding.rule.id, place: violation.place.lineDescription, text: text)))
        }
        console.note(c.notice(.baselineSummary(file: baseline.file, known: old.count, new: new.count)))
        return new.isEmpty ? .success : .findings
    }
}

extension Baseline.ReadError {
    /// What the user is told.
    var notice: Notice {
        switch self {
        case .unreadable(let file, let reason): .baselineUnreadable(file: file, reason: reason)
        case .notAReport(let file): .baselineNotAReport(file: file)
        }
    }
}
