import Diagnostics
import Evaluation
import Messages
import Rules

/// SARIF 2.1.0 for code scanning: one `rule` per coopcheck rule (or kind of input problem), one
/// `result` per violation at its place in the data — the record, else the submission's manifest —
/// with the rule's line in its pack as a related location. URIs are relative to `%SRCROOT%` and
/// percent-encoded; `partialFingerprints` keep one alert per violation across runs.
public enum SARIFReporter: Reporter {
    public static let identifier = "sarif"
    public static let description = "SARIF 2.1.0, for code scanning"
    public static let fileExtension = "sarif"

    /// The key of coopcheck's fingerprint in `partialFingerprints`.
    static let fingerprintKey = "coopcheck/v1"

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    public static func generateReport(_ result: EvaluationResult, options: ReportOptions) -> String {
        let c = options.catalogue
        let uri = ArtifactURI(workingDirectory: options.workingDirectory, root: options.sarifRoot)
        var seen: Set<String> = []
        let rules = result.findings.filter { seen.insert($0.rule.id).inserted }
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.rule.id, $0) })
        let descriptors = rules.map { descriptor($0, c) }
        let results = Violation.all(in: result, options: options).map { violation -> JSON in
            let finding = violation.finding
            let text =
                violation.record.map { "\(c.message(finding)) — \($0.id): \(c.note($0.problem, of: finding))" }
                ?? c.message(finding)
            var fields: [(String, JSON)] = [
                ("ruleId", .string(finding.rule.id)), ("ruleIndex", .integer(index[finding.rule.id]!)),
                ("level", .string(level(finding.rule.severity))), ("message", .object([("text", .string(text))])),
                ("locations", .array([location(violation.place, uri, wholeLine: violation.record != nil)])),
            ]
            if violation.inData {
                fields.append(
                    (
                        "relatedLocations",
                        .array([
                            location(
                                finding.rule.location, uri, wholeLine: true, id: 1,
                                message: "\(finding.rule.id): \(finding.rule.title[c.language])")
                        ])
                    ))
            }
            fields += [
                ("partialFingerprints", .object([(fingerprintKey, .string(violation.fingerprint))])),
                (
                    "properties",
                    .object([
                        ("submission", .string(finding.submission)), ("group", .string(finding.group.code)),
                        ("status", .string(finding.status.rawValue)), ("record", .optional(violation.record?.id)),
                    ])
                ),
            ]
            return .object(fields)
        }
        let problems = problemParts(options.run?.inputProblems ?? [], c, uri, firstIndex: descriptors.count)
        return document(rules: descriptors + problems.rules, results: results + problems.results, uri: uri)
    }

    public static func generateReport(diagnostics: [Diagnostic], options: ReportOptions) -> String {
        let uri = ArtifactURI(workingDirectory: options.workingDirectory, root: options.sarifRoot)
        let parts = problemParts(diagnostics, options.catalogue, uri, firstIndex: 0)
        return document(rules: parts.rules, results: parts.results, uri: uri)
    }

    /// A rule per kind of input problem (its code), numbered from `firstIndex`, and a result per
    /// problem at its line and column.
    static func problemParts(_ diagnostics: [Diagnostic], _ c: any Catalogue, _ uri: ArtifactURI, firstIndex: Int)
        -> (rules: [JSON], results: [JSON])
    {
        var seen: Set<String> = []
        let codes = diagnostics.map(\.problem.code).filter { seen.insert($0).inserted }
        let index = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, firstIndex + $0) })
        let descriptors = codes.map { JSON.object([("id", .string($0))]) }
        let results = diagnostics.map { diagnostic -> JSON in
            var properties: [(String, JSON)] = []
            if let sheet = diagnostic.location.sheet, let cell = diagnostic.location.cell {
                properties = [("sheet", .string(sheet)), ("cell", .string(cell))]
            }
            return .object(
                [
                    ("ruleId", .string(diagnostic.problem.code)),
                    ("ruleIndex", .integer(index[diagnostic.problem.code]!)),
                    ("level", .string(level(diagnostic.severity))),
                    ("message", .object([("text", .string(Visible.escaped(c.problem(diagnostic.problem))))])),
                    ("locations", .array([location(diagnostic.location, uri, wholeLine: false)])),
                ] + (properties.isEmpty ? [] : [("properties", .object(properties))]))
        }
        return (descriptors, results)
    }

    /// A rule's descriptor: its title in both languages, its citation as help, its severity.
    static func descriptor(_ finding: Finding, _ c: any Catalogue) -> JSON {
        let rule = finding.rule
        let citation = "\(finding.pack.document.number), \(rule.citation.section): “\(rule.citation.quote)”"
        return .object([
            ("id", .string(rule.id)),
            ("shortDescription", .object([("text", .string(rule.title[c.language]))])),
            ("fullDescription", .object([("text", .string(rule.title[c.language.other]))])),
            (
                "help",
                .object([
                    ("text", .string("\(c.owner(rule.owner)) — \(citation)")),
                    (
                        "markdown",
                        .string(
                            "**\(Escape.markdownCell(rule.title[c.language]))** — "
                                + "\(Escape.markdownCell(c.owner(rule.owner)))\n\n> \(Escape.markdownCell(citation))")
                    ),
                ])
            ),
            ("defaultConfiguration", .object([("level", .string(level(rule.severity)))])),
            (
                "properties",
                .object([("pack", .string(finding.pack.id)), ("dataset", .string(rule.dataset.rawValue))])
            ),
        ])
    }

    /// A physical location relative to `%SRCROOT%`: the line (and column, for a diagnostic or a
    /// workbook's cell) it starts at.
    static func location(
        _ position: SourcePosition, _ uri: ArtifactURI, wholeLine: Bool, id: Int? = nil, message: String? = nil
    ) -> JSON {
        var region: [(String, JSON)] = [("startLine", .integer(max(position.line, 1)))]
        if !wholeLine || position.sheet != nil { region.append(("startColumn", .integer(max(position.column, 1)))) }
        var fields: [(String, JSON)] = id.map { [("id", .integer($0))] } ?? []
        fields.append(
            (
                "physicalLocation",
                .object([
                    (
                        "artifactLocation",
                        .object([("uri", .string(uri.relative(position.file))), ("uriBaseId", .string("%SRCROOT%"))])
                    ),
                    ("region", .object(region)),
                ])
            ))
        if let message { fields.append(("message", .object([("text", .string(message))]))) }
        return .object(fields)
    }

    static func document(rules: [JSON], results: [JSON], uri: ArtifactURI) -> String {
        let driver = JSON.object([
            ("name", .string("coopcheck")), ("version", .string(CoopCheckVersion.current)),
            ("informationUri", .string("https://github.com/coopcheck/coopcheck")), ("rules", .array(rules)),
        ])
        let run = JSON.object([
            ("tool", .object([("driver", driver)])),
            ("originalUriBaseIds", .object([("%SRCROOT%", .object([("uri", .string(uri.rootURI))]))])),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(results)),
        ])
        return JSON.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")), ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ]).rendered() + "\n"
    }
}
