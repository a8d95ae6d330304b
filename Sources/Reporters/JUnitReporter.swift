import Diagnostics
import Evaluation
import Messages
import Rules

/// JUnit XML for CI systems, valid against Jenkins' junit-10.xsd: a test suite per pack and
/// submission, a test case per rule and group. A case fails exactly when the exit code counts it
/// (a violation at or above `--fail-on`), errors are errors, what was not judged (not due, at
/// risk, no data, not owed) is skipped, and a violation below `--fail-on` passes with its
/// message as output. For invalid input, a suite per file and a case per diagnostic.
public enum JUnitReporter: Reporter {
    public static let identifier = "junit"
    public static let description = "JUnit XML: a suite per pack and submission, a case per rule and group"
    public static let fileExtension = "xml"

    /// What a test case becomes.
    enum Outcome {
        case passed, failure, error, skipped
        /// Passed, with something to say (a violation below the threshold, a warning).
        case noted
    }

    static func outcome(_ finding: Finding, failOn: Severity?) -> Outcome {
        switch finding.status {
        case .met, .contribution: .passed
        case .violated: failOn.map { finding.rule.severity >= $0 } == true ? .failure : .noted
        case .error: .error
        case .noData, .onTrack, .notEffective, .notOwed, .atRisk, .pending: .skipped
        }
    }

    /// The `tests`, `failures`, `errors` (and for a suite `skipped`) attributes.
    static func tally(_ outcomes: [Outcome], suite: Bool) -> String {
        let failures = outcomes.filter { $0 == .failure }.count
        let errors = outcomes.filter { $0 == .error }.count
        let skipped = outcomes.filter { $0 == .skipped }.count
        return "tests=\"\(outcomes.count)\" failures=\"\(failures)\" errors=\"\(errors)\""
            + (suite ? " skipped=\"\(skipped)\"" : "")
    }

    /// One test case: its name, class, where it is, what it became and what it says.
    struct Case {
        let name: String
        let classname: String
        let outcome: Outcome
        let type: String
        let message: String
        let body: String

        var xml: String {
            var out = "    <testcase name=\"\(Escape.xml(name))\" classname=\"\(Escape.xml(classname))\""
            let (type, message, body) = (Escape.xml(type), Escape.xml(message), Escape.xml(body))
            switch outcome {
            case .passed: return out + "/>\n"
            case .failure: out += ">\n      <failure type=\"\(type)\" message=\"\(message)\">\(body)</failure>\n"
            case .error: out += ">\n      <error type=\"\(type)\" message=\"\(message)\">\(body)</error>\n"
            case .skipped: out += ">\n      <skipped type=\"\(type)\" message=\"\(message)\"/>\n"
            case .noted: out += ">\n      <system-out>\(body)</system-out>\n"
            }
            return out + "    </testcase>\n"
        }
    }

    public static func generateReport(_ result: EvaluationResult, options: ReportOptions) -> String {
        let c = options.catalogue
        let cases = result.findings.map { finding -> (String, Case) in
            let message = c.message(finding)
            let outcome = outcome(finding, failOn: options.failOn)
            let status = c.status(finding.status)
            let test = Case(
                name: "\(finding.rule.id) · \(finding.group.code): \(finding.rule.title[c.language])",
                classname: "\(finding.pack.id).\(finding.group.code)",
                outcome: outcome,
                type: finding.status.rawValue, message: outcome == .skipped ? "\(status): \(message)" : message,
                body: "\(status) (\(c.severity(finding.rule.severity))): \(message)\n\(finding.citationText)"
                    + finding.records.map { "\n" + $0.line(of: finding, c, inline: true) }.joined())
            return ("\(finding.pack.id) · \(finding.submission)", test)
        }
        let problems = problemCases(options.run?.inputProblems ?? [], c)
        return document(cases + problems, timestamp: "\(result.asOf)T00:00:00")
    }

    public static func generateReport(diagnostics: [Diagnostic], options: ReportOptions) -> String {
        document(problemCases(diagnostics, options.catalogue), timestamp: nil)
    }

    /// A case per input problem, in a suite per file: errors fail, warnings pass with their message.
    static func problemCases(_ diagnostics: [Diagnostic], _ c: any Catalogue) -> [(suite: String, test: Case)] {
        diagnostics.sortedForOutput().map { diagnostic -> (String, Case) in
            let file = diagnostic.location.file
            let message = Visible.escaped(c.problem(diagnostic.problem))
            let test = Case(
                name: "\(diagnostic.location): \(diagnostic.problem.code)", classname: "coopcheck.input",
                outcome: diagnostic.severity == .error ? .failure : .noted,
                type: diagnostic.problem.code, message: message, body: c.line(diagnostic))
            return (file, test)
        }
    }

    /// The test cases in suites by name, each suite where its first case came, the cases in order.
    static func document(_ cases: [(suite: String, test: Case)], timestamp: String?) -> String {
        var suites: [(name: String, cases: [Case])] = []
        var slot: [String: Int] = [:]
        for (suite, test) in cases {
            if let i = slot[suite] {
                suites[i].cases.append(test)
            } else {
                slot[suite] = suites.count
                suites.append((suite, [test]))
            }
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"coopcheck\" \(tally(suites.flatMap(\.cases).map(\.outcome), suite: false))>\n"
        for suite in suites {
            out += "  <testsuite name=\"\(Escape.xml(suite.name))\" \(tally(suite.cases.map(\.outcome), suite: true))"
            out += (timestamp.map { " timestamp=\"\($0)\"" } ?? "") + ">\n"
            out += suite.cases.map(\.xml).joined()
            out += "  </testsuite>\n"
        }
        return out + "</testsuites>\n"
    }
}
