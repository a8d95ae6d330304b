import Diagnostics
import Evaluation
import Rules

/// One violation as CI tools show it: a violating record of a finding, or the finding itself when
/// it names no record, at the place in the data it is about. The fingerprint names it across
/// runs — rule, submission, group and record — whatever its line or message, so code scanning
/// keeps one alert per violation and a baseline recognises the ones it knows.
public struct Violation: Sendable {
    public let finding: Finding
    /// The violating record; nil for a finding about the data as a whole.
    public let record: RecordReference?
    /// Where it is shown: the record's cell or line; for a record never sent or a finding about
    /// the whole submission, its manifest (or workbook); for the nation's findings over several
    /// submissions, the rule in its pack.
    public let place: SourcePosition
    /// Whether `place` is in the data rather than in a rule pack.
    public let inData: Bool
    public let fingerprint: String
}

extension Violation {
    /// Every violation of a result, in the result's order.
    public static func all(in result: EvaluationResult, options: ReportOptions) -> [Violation] {
        let uri = ArtifactURI(workingDirectory: options.workingDirectory, root: nil)
        return result.findings.filter { $0.status == .violated }.flatMap { finding in
            let key = [finding.rule.id, uri.relativePath(finding.submission), finding.group.code]
            let whole = submissionPlace(finding, run: options.run)
            guard !finding.records.isEmpty else {
                return [
                    Violation(
                        finding: finding, record: nil, place: whole ?? finding.rule.location, inData: whole != nil,
                        fingerprint: fingerprint(key))
                ]
            }
            return finding.records.map { record in
                let place = record.position ?? whole
                return Violation(
                    finding: finding, record: record, place: place ?? finding.rule.location, inData: place != nil,
                    fingerprint: fingerprint(key + [record.id]))
            }
        }
    }

    /// The parts joined by `|`, each with its own `|` and `\` escaped so no two keys meet.
    static func fingerprint(_ parts: [String]) -> String {
        parts.map { $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|") }
            .joined(separator: "|")
    }

    /// The first line of a submission's manifest, or its workbook: nil for the nation's findings
    /// over several submissions.
    static func submissionPlace(_ finding: Finding, run: RunContext?) -> SourcePosition? {
        guard finding.submission != Scorecard.allSubmissions else { return nil }
        let path = run?.submissions.first { $0.name == finding.submission }?.path ?? finding.submission
        let lower = path.lowercased()
        let file = lower.hasSuffix(".xlsx") || lower.hasSuffix(".ods") ? path : path + "/submission.yaml"
        return SourcePosition(file: file, line: 1, column: 1)
    }
}

extension [Violation] {
    /// What a reviewer needs first: places in the data before places in the rule packs, errors
    /// before warnings, then in the result's order.
    public func forReview() -> [Violation] {
        enumerated().sorted { a, b in
            if a.element.inData != b.element.inData { return a.element.inData }
            let (x, y) = (a.element.finding.rule.severity, b.element.finding.rule.severity)
            return x != y ? x > y : a.offset < b.offset
        }.map(\.element)
    }
}
