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
            2 for invalid rules, data or usage.

            EXAMPLES:
              coopcheck check                                   The built-in packs against Samples/dak-nong-2025.
              coopcheck check --rules my-packs --data ~/nop-bao-cao/2025
              coopcheck check --data Samples/dak-nong-2025 --as-of 2025-12-31 --format json
              coopcheck check --pack ctph-254-2024 --lang vi
              coopcheck check --rule CTPH254.II.2a --fail-on warning
              coopcheck check --format sarif --output coopcheck.sarif --format html --output scorecard.html
              coopcheck check --data so-lieu-2025.xlsx --province 67 --period 2025
            """)

    @OptionGroup var rules: RulePathOptions

    @OptionGroup var jobs: JobsOption

    @Option(
        name: .customLong("data"),
        help: ArgumentHelp("A submission folder or workbook (repeatable).", valueName: "SUBMISSION"))
    var submissions: [String] = ["Samples/dak-nong-2025"]

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

    @Option(
        help: ArgumentHelp(
            "Report format (repeatable, paired with --output): \(Reporters.all.map { $0.identifier }.joined(separator: ", ")).",
            valueName: "FORMAT"))
    var format: [String] = []

    @Option(
        help: ArgumentHelp(
            "Write the report of the matching --format to this file, atomically (repeatable).", valueName: "FILE"))
    var output: [String] = []

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
        let known = Reporters.all.map { $0.identifier }
        for name in format where Reporters.reporter(named: name) == nil {
            throw c.usage(.unknownFormat(name, known: known, suggestion: Suggestions.best(for: name, in: known)))
        }
        if !output.isEmpty, output.count != max(format.count, 1) {
            throw c.usage(.outputPerFormat(formats: format.count, outputs: output.count))
        }
        if output.isEmpty, format.count > 1 {
            throw c.usage(.severalFormatsNeedOutputs)
        }
        var seen: Set<String> = []
        for folder in submissions where !seen.insert(URL(fileURLWithPath: folder).standardizedFileURL.path).inserted {
            throw c.usage(.dataTwice(folder))
        }
        var files: Set<String> = []
        for file in output where !files.insert(URL(fileURLWithPath: file).standardizedFileURL.path).inserted {
            throw c.usage(.outputTwice(file))
        }
    }

    func run(console: Console) throws -> ExitStatus {
        let c = language.catalogue(console)
        let ruleSet = RuleLoader.load(pathsOrEmbedded: rules.paths)
        for diagnostic in ruleSet.diagnostics { console.note(c.line(diagnostic)) }
        guard !ruleSet.hasErrors else {
            console.note(c.notice(.packsInvalidNothingEvaluated))
            return .invalidInput
        }
        guard !ruleSet.rules.isEmpty else {
            console.note(c.notice(.noRules(paths: rules.paths)))
            return .invalidInput
        }
        let unknownPacks = pack.filter { ruleSet.pack(withID: $0) == nil }
        let unknownRules = rule.filter { ruleSet.rule(withID: $0) == nil }
        for id in unknownPacks {
            console.note(c.notice(.noSuchPack(id, suggestion: Suggestions.best(for: id, in: ruleSet.packs.map(\.id)))))
        }
        for id in unknownRules {
            console.note(
                c.notice(
                    .noSuchRule(id, paths: nil, suggestion: Suggestions.best(for: id, in: ruleSet.rules.map(\.id)))))
        }
        guard unknownPacks.isEmpty, unknownRules.isEmpty else { return .invalidInput }

        let reading = ReadOptions(workers: jobs.count, known: ruleSet.knownIdentifiers)
        var results: [EvaluationResult] = []
        for folder in submissions {
            console.progress(c.notice(.checking(submission: folder, rules: ruleSet.rules.count)))
            let (result, report) = Evaluator.check(
                packs: ruleSet.packs, source: .at(folder, facts: facts.facts),
                asOf: asOf.flatMap { CivilDate.parseISO($0) },
                part: submissions.count > 1, options: reading
            ) { rule in
                (pack.isEmpty || pack.contains(rule.packID)) && (self.rule.isEmpty || self.rule.contains(rule.id))
            }
            console.progress(nil)
            for diagnostic in report.diagnostics { console.note(c.line(diagnostic)) }
            guard let result else {
                console.note(c.notice(.submissionInvalid(folder)))
                return .invalidInput
            }
            results.append(result)
        }
        for (province, names) in Self.provincesTwice(results) {
            console.note(c.notice(.provinceTwice(province: province, submissions: names)))
        }
        let combined = EvaluationResult.combining(results)
        let options = ReportOptions(
            language: c.language, records: records, colour: output.isEmpty && console.colourAllowed)
        let formats = format.isEmpty ? ["text"] : format
        for (i, name) in formats.enumerated() {
            let report = Reporters.reporter(named: name)!.generateReport(combined, options: options)
            guard i < output.count else {
                console.out(report)
                continue
            }
            do {
                try AtomicFile.write(report, to: output[i])
                console.note(c.notice(.wroteReport(format: name, file: output[i])))
            } catch {
                console.note(c.notice(.cannotWrite(file: output[i], reason: error.localizedDescription)))
                return .invalidInput
            }
        }
        let threshold: Severity? =
            switch failOn {
            case .error: .error
            case .warning: .warning
            case .never: nil
            }
        guard let threshold else { return .success }
        return combined.hasViolations(atOrAbove: threshold) ? .findings : .success
    }
}
