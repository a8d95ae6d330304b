import AdministrativeMap
import Diagnostics
import Expressions
import Foundation

/// A nightly run: which rule packs, which submissions, at which date, and where the reports and
/// the history go. Paths in the file are relative to the file's folder.
public struct RunConfiguration: Sendable {
    /// The format version a configuration starts with (`coopcheck_run: 1`).
    public static let formatVersion = 1

    /// How each submission's as-of date is chosen.
    public enum AsOf: Sendable, Equatable, CustomStringConvertible {
        /// The end of the submission's own reporting period.
        case periodEnd
        /// The day of the run, in Vietnam (UTC+7).
        case today
        case date(CivilDate)

        public var description: String {
            switch self {
            case .periodEnd: "period_end"
            case .today: "today"
            case .date(let date): date.description
            }
        }
    }

    /// A submission to check, named for its folder.
    public struct Submission: Sendable, Equatable {
        /// The folder's name: how findings, reports and the history name the submission.
        public let name: String
        public let path: String
        /// The entry of the configuration it comes from.
        public let location: SourcePosition
    }

    public let file: String
    public let rulePaths: [String]
    public let submissions: [Submission]
    public let asOf: AsOf
    /// The history file; `coopcheck run --history` may point elsewhere.
    public var historyPath: String
    /// Where reports go (one per submission and format, and the roll-up); nil for none.
    public var outputDirectory: String?
    public let formats: [String]
    /// The reports' language; nil to use the one the command runs in.
    public let language: Language?
    /// The worst severity a violation may have without failing the run: `error`, `warning` or `never`.
    public let failOn: String
    /// The least severity whose violations fail the run; nil for `never`.
    public var failOnSeverity: Severity? { Severity(rawValue: failOn) }
    /// The provinces the run expects a submission for: one with none is `not submitted`.
    public var expectedProvinces: ExpectedProvinces = .listed([])
    /// Where `expected_provinces` is written: what a report of a province that sent nothing points at.
    public var expectedProvincesLocation: SourcePosition?
}

/// The provinces a nightly run expects a submission from.
public enum ExpectedProvinces: Hashable, Sendable {
    /// These codes (`expected_provinces: ["67", "68"]`).
    case listed([String])
    /// Every provincial-level unit of the official map valid at the as-of date
    /// (`expected_provinces: official`): the 34 from 1/7/2025, the 63 before.
    case official

    /// The codes expected at `asOf`.
    public func codes(asOf: CivilDate) -> [String] {
        switch self {
        case .listed(let codes): codes
        case .official: AdministrativeMap.provinces(on: asOf).map(\.code)
        }
    }
}
