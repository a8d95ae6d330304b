import Diagnostics
import Evaluation
import Messages
import Rules

/// SARIF 2.1.0 for code-scanning tools: one `rule` per coopcheck rule, one `result` per violation —
/// at each violating record's file and line for per-record rules, at the rule's line otherwise.
public enum SARIFReporter: Reporter {
    public static let identifier = "sarif"
    public static let description = "SARIF 2.1.0, for code scanning"
    public static let fileExtension = "sarif"

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    public static func generateReport(_ result: EvaluationResult, options: ReportOptions) -> String {
        let c = options.catalogue
        var rules: [Rule] = []
        var packs: [String: RulePack] = [:]
        for finding in result.findings where !rules.contains(where: { $0.id == finding.rule.id }) {
            rules.append(finding.rule)
            packs[finding.rule.id] = finding.pack
        }
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let descriptors: [JSON] = rules.map { rule in
            let pack = packs[rule.id]!
            return .object([
                ("id", .string(rule.id)),
                ("shortDescription", .object([("text", .string(rule.title[c.language]))])),
                ("fullDescription", .object([("text", .string(rule.title[c.language.other]))])),
                (
                    "help",
                    .object([
                        ("text", .string("\(pack.document.number), \(rule.citation.section): “\(rule.citation.quote)”"))
                    ])
                ),
                ("defaultConfiguration", .object([("level", .string(level(rule.severity)))])),
                ("properties", .object([("pack", .string(pack.id)), ("dataset", .string(rule.dataset.rawValue))])),
            ])
        }
        var results: [JSON] = []
        for finding in result.findings where finding.status == .violated {
            let message = c.message(finding)
            let located = finding.records.compactMap { record in record.position.map { (record, $0) } }
            let places: [(file: String, line: Int, text: String)] =
                located.isEmpty
                ? [(finding.rule.location.file, finding.rule.location.line, message)]
                : located.map { record, position in
                    (position.file, position.line, "\(message) — \(record.id): \(c.note(record.problem, of: finding))")
                }
            for place in places {
                results.append(
                    .object([
                        ("ruleId", .string(finding.rule.id)),
                        ("ruleIndex", .number("\(index[finding.rule.id]!)")),
                        ("level", .string(level(finding.rule.severity))),
                        ("message", .object([("text", .string(place.text))])),
                        (
                            "locations",
                            .array([
                                .object([
                                    (
                                        "physicalLocation",
                                        .object([
                                            ("artifactLocation", .object([("uri", .string(place.file))])),
                                            ("region", .object([("startLine", .number("\(max(place.line, 1))"))])),
                                        ])
                                    )
                                ])
                            ])
                        ),
                        (
                            "properties",
                            .object([
                                ("group", .string(finding.group.code)), ("status", .string(finding.status.rawValue)),
                            ])
                        ),
                    ]))
            }
        }
        let root = JSON.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            (
                "runs",
                .array([
                    .object([
                        (
                            "tool",
                            .object([
                                (
                                    "driver",
                                    .object([
                                        ("name", .string("coopcheck")),
                                        ("version", .string(CoopCheckVersion.current)),
                                        ("informationUri", .string("https://github.com/coopcheck/coopcheck")),
                                        ("rules", .array(descriptors)),
                                    ])
                                )
                            ])
                        ),
                        ("results", .array(results)),
                    ])
                ])
            ),
        ])
        return root.rendered() + "\n"
    }
}
