import Diagnostics
import Evaluation
import Messages
import Rules

/// JUnit XML for CI systems: a test suite per pack and group, a test case per rule; violated and
/// no-data findings fail, errors are errors, not-yet-due ones are skipped.
public enum JUnitReporter: Reporter {
    public static let identifier = "junit"
    public static let description = "JUnit XML: a suite per pack and group, a case per rule"
    public static let fileExtension = "xml"

    /// What a test case of a finding becomes.
    enum Outcome {
        case passed, failure, error, skipped
    }

    /// Met targets and contributions pass; violations and missing data fail; what is not due yet
    /// is skipped.
    static func outcome(_ status: FindingStatus) -> Outcome {
        switch status {
        case .met, .contribution: .passed
        case .violated, .noData: .failure
        case .error: .error
        case .onTrack, .notEffective, .notOwed, .atRisk, .pending: .skipped
        }
    }

    /// The `tests`, `failures`, `errors` and `skipped` attributes for some findings.
    static func tally(_ findings: [Finding]) -> String {
        let failures = findings.filter { outcome($0.status) == .failure }.count
        let errors = findings.filter { outcome($0.status) == .error }.count
        let skipped = findings.filter { outcome($0.status) == .skipped }.count
        return "tests=\"\(findings.count)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"\(skipped)\""
    }

    public static func generateReport(_ result: EvaluationResult, options: ReportOptions) -> String {
        let c = options.catalogue
        let perCard = result.findingsPerScorecard()
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"coopcheck\" \(tally(result.findings))>\n"
        for (cardIndex, card) in result.scorecards.enumerated() where !card.isRollUp {
            let findings = perCard[cardIndex]
            let name = Escape.xml(
                "\(card.pack.id) · \(card.group.code)"
                    + (result.submissions.count > 1 ? " · \(card.submission)" : ""))
            out += "  <testsuite name=\"\(name)\" \(tally(findings)) timestamp=\"\(result.asOf)\">\n"
            for finding in findings {
                let message = c.message(finding)
                out +=
                    "    <testcase name=\"\(Escape.xml(finding.rule.id + ": " + finding.rule.title[c.language]))\" "
                    + "classname=\"\(Escape.xml(card.pack.id + "." + card.group.code))\""
                let body = Escape.xml(
                    message + "\n" + finding.citationText
                        + finding.records.map { "\n" + $0.line(of: finding, c, inline: true) }.joined())
                switch outcome(finding.status) {
                case .passed:
                    out += "/>\n"
                case .failure:
                    out +=
                        ">\n      <failure type=\"\(finding.status.rawValue)\" message=\"\(Escape.xml(message))\">\(body)</failure>\n    </testcase>\n"
                case .error:
                    out +=
                        ">\n      <error type=\"error\" message=\"\(Escape.xml(message))\">\(body)</error>\n    </testcase>\n"
                case .skipped:
                    out +=
                        ">\n      <skipped message=\"\(Escape.xml(c.status(finding.status) + ": " + message))\"/>\n    </testcase>\n"
                }
            }
            out += "  </testsuite>\n"
        }
        return out + "</testsuites>\n"
    }
}
