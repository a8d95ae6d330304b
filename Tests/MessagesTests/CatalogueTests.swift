import DataContract
import Diagnostics
import Expressions
import Foundation
import Messages
import Rules
import TestSupport
import Testing
import YAMLNodes

@testable import Evaluation

/// Every message exists in both languages: each sample of every case (checked against the cases
/// the enums declare) reads differently in Vietnamese and English, and the whole catalogue is a
/// golden file for review (`Fixtures/catalogue.txt`).
@Suite struct CatalogueTests {
    static let en = English()
    static let vi = Vietnamese()

    /// The name of an enum value's case, as declared.
    static func caseName(_ value: Any) -> String {
        Mirror(reflecting: value).children.first?.label ?? "\(value)"
    }

    /// The cases an enum declares (not those of enums nested in it), read from its source file.
    static func declaredCases(of name: String, in file: String) throws -> [String] {
        let text = try String(contentsOf: TestPaths.root.appendingPathComponent(file), encoding: .utf8)
        var cases: [String] = []
        var depth = 0
        var enumDepth: Int?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if enumDepth == nil, trimmed.contains("enum \(name):") || trimmed.contains("enum \(name) ") {
                enumDepth = depth
            }
            if let enumDepth, depth == enumDepth + 1, trimmed.hasPrefix("case ") {
                var parentheses = 0
                var current = ""
                for character in trimmed.dropFirst(5) {
                    if character == "(" { parentheses += 1 }
                    if character == ")" { parentheses -= 1 }
                    if character == ",", parentheses == 0 {
                        cases.append(current)
                        current = ""
                    } else {
                        current.append(character)
                    }
                }
                cases.append(current)
            }
            depth += line.filter { $0 == "{" }.count - line.filter { $0 == "}" }.count
            if let start = enumDepth, depth == start, line.contains("}") { break }
        }
        return cases.map { String($0.trimmingCharacters(in: .whitespaces).prefix { $0.isLetter || $0.isNumber }) }
            .filter { !$0.isEmpty }
    }

    static let enums: [(name: String, file: String, samples: [any Sendable])] = [
        ("YAMLProblem", "Sources/Diagnostics/Problems/YAMLProblem.swift", ProblemSamples.yaml),
        ("NodeProblem", "Sources/Diagnostics/Problems/NodeProblem.swift", ProblemSamples.node),
        ("ExpressionProblem", "Sources/Diagnostics/Problems/ExpressionProblem.swift", ProblemSamples.expression),
        ("WordingProblem", "Sources/Diagnostics/Problems/WordingProblem.swift", ProblemSamples.wording),
        ("RulePackProblem", "Sources/Diagnostics/Problems/RulePackProblem.swift", ProblemSamples.rulePack),
        ("ManifestProblem", "Sources/Diagnostics/Problems/SubmissionProblem.swift", ProblemSamples.manifest),
        ("DataProblem", "Sources/Diagnostics/Problems/SubmissionProblem.swift", ProblemSamples.data),
        (
            "CellProblem", "Sources/Diagnostics/Problems/SubmissionProblem.swift",
            ProblemSamples.data.compactMap { if case .cell(_, let p) = $0 { p } else { nil } }
        ),
        (
            "RunConfigurationProblem", "Sources/Diagnostics/Problems/RunConfigurationProblem.swift",
            ProblemSamples.runConfiguration
        ),
        ("UploadProblem", "Sources/Diagnostics/Problems/UploadProblem.swift", ProblemSamples.upload),
        ("SourceProblem", "Sources/Diagnostics/Problems/SourceProblem.swift", ProblemSamples.source),
        (
            "WorkbookProblem", "Sources/Diagnostics/Problems/WorkbookProblem.swift",
            ProblemSamples.data.compactMap { if case .workbook(let p) = $0 { p } else { nil } }
        ),
        ("Problem", "Sources/Diagnostics/Problems/Problem.swift", ProblemSamples.all),
        ("Subject", "Sources/Diagnostics/Problems/Problem.swift", FindingSamples.subjects),
        ("FindingReason", "Sources/Evaluation/Finding.swift", FindingSamples.reasons),
        ("RecordProblem", "Sources/Evaluation/Finding.swift", FindingSamples.recordProblems),
        ("Phrase", "Sources/Messages/Phrase.swift", PhraseSamples.all),
        ("Notice", "Sources/Messages/Phrase.swift", PhraseSamples.notices),
        ("Usage", "Sources/Messages/Phrase.swift", PhraseSamples.usages),
        ("WebText", "Sources/Messages/WebText.swift", PhraseSamples.web),
    ]

    @Test(arguments: enums.map(\.name))
    func everyDeclaredCaseHasASample(name: String) throws {
        let entry = Self.enums.first { $0.name == name }!
        let declared = try Self.declaredCases(of: name, in: entry.file)
        #expect(!declared.isEmpty, "no cases read for \(name)")
        let sampled = Set(entry.samples.map(Self.caseName))
        #expect(declared.filter { !sampled.contains($0) } == [], "cases of \(name) without a sample")
    }

    /// Every rendered message, "case: English" then "case: Vietnamese".
    static func catalogue() -> [(name: String, en: String, vi: String)] {
        var lines: [(String, String, String)] = []
        for problem in ProblemSamples.all {
            let inner: Any =
                switch problem {
                case .yaml(let p): p
                case .node(let p): p
                case .expression(let p): p
                case .wording(let p): p
                case .rulePack(let p): p
                case .manifest(let p): p
                case .data(let p): p
                case .runConfiguration(let p): p
                case .source(let p): p
                case .upload(let p): p
                case .inValue: problem
                }
            lines.append(("\(caseName(problem)).\(caseName(inner))", en.problem(problem), vi.problem(problem)))
        }
        for finding in FindingSamples.findings {
            lines.append(("finding.\(caseName(finding.reason))", en.message(finding), vi.message(finding)))
            for record in finding.records {
                lines.append(
                    (
                        "record.\(caseName(record.problem))", en.note(record.problem, of: finding),
                        vi.note(record.problem, of: finding)
                    ))
            }
            if let observation = finding.observation {
                lines.append(
                    (
                        "observed.\(caseName(observation.kind))", en.observed(observation, target: finding.target),
                        vi.observed(observation, target: finding.target)
                    ))
            }
        }
        for phrase in PhraseSamples.all {
            lines.append(("phrase.\(caseName(phrase))", en.phrase(phrase), vi.phrase(phrase)))
        }
        for status in FindingStatus.allCases {
            lines.append(("status.\(status.rawValue)", en.status(status), vi.status(status)))
            lines.append(("label.\(status.rawValue)", en.statusLabel(status), vi.statusLabel(status)))
        }
        for level in UnitLevel.allCases { lines.append(("level.\(level.rawValue)", en.level(level), vi.level(level))) }
        for kind in DatasetKind.allCases {
            lines.append(("dataset.\(kind.rawValue)", en.dataset(kind), vi.dataset(kind)))
        }
        for severity in Severity.allCases {
            lines.append(("severity.\(severity.rawValue)", en.severity(severity), vi.severity(severity)))
        }
        return lines
    }

    @Test func everyMessageReadsDifferentlyInEachLanguage() {
        for line in Self.catalogue() {
            #expect(!line.en.isEmpty && !line.vi.isEmpty, "\(line.name)")
            #expect(
                line.en != line.vi || line.en.allSatisfy { !$0.isLetter },
                "\(line.name) is the same in both languages: \(line.en)")
        }
    }

    @Test func theCatalogueMatchesGolden() {
        let text = Self.catalogue().map { "\($0.name)\n  en: \($0.en)\n  vi: \($0.vi)\n" }.joined()
        let golden = TestPaths.tests.appendingPathComponent("MessagesTests/Fixtures/catalogue.txt")
        if let problem = Golden.mismatch(text, goldenFile: golden) {
            Issue.record(Comment(rawValue: problem))
        }
    }
}

/// The code of a problem names its case from the area down, whatever the values it is about.
@Suite struct ProblemCodeTests {
    @Test func aProblemsCodeNamesItsCasesFromTheAreaDown() {
        let members = ProblemSamples.members
        #expect(Problem.data(.cell(members, .notWholeNumber("12,5"))).code == "data.cell.notWholeNumber")
        #expect(Problem.data(.cell(members, .notADate("x", hint: .iso))).code == "data.cell.notADate")
        #expect(Problem.yaml(.invalidUTF8).code == "yaml.invalidUTF8")
        #expect(Problem.inValue(key: "target", .wording(.aboutZero)).code == "wording.aboutZero")
    }

    @Test func everyProblemHasACodeOfCaseNamesOnly() throws {
        let name = try Regex("^[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)+$")
        for problem in ProblemSamples.all {
            #expect(problem.code.wholeMatch(of: name) != nil, "\(problem.code)")
        }
    }
}
