import DataContract
import Diagnostics
import Evaluation
import Expressions
import Foundation
import Rules
import Targets

/// Everything coopcheck says, in English.
public struct English: Catalogue {
    public init() {}

    public var language: Language { .en }

    public func number(_ value: Decimal) -> String { VietnameseNumber.formatEnglish(value) }

    public func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "info"
        }
    }

    public func status(_ status: FindingStatus) -> String {
        switch status {
        case .met: "met"
        case .violated: "violated"
        case .atRisk: "at risk"
        case .onTrack: "on track"
        case .notEffective: "not yet in effect"
        case .notOwed: "not owed"
        case .noData: "no data"
        case .pending: "pending"
        case .contribution: "contribution"
        case .error: "could not be evaluated"
        }
    }

    public func statusLabel(_ status: FindingStatus) -> String {
        switch status {
        case .met: "MET"
        case .violated: "VIOLATED"
        case .atRisk: "AT RISK"
        case .onTrack: "ON TRACK"
        case .notEffective: "NOT YET"
        case .notOwed: "NOT OWED"
        case .noData: "NO DATA"
        case .pending: "PENDING"
        case .contribution: "PART"
        case .error: "ERROR"
        }
    }

    public func group(_ group: FindingGroup) -> String {
        if group.isNational { return "national" }
        if group.code == FindingGroup.central(lead: nil).code { return group.name ?? "central bodies" }
        if group == Scorecard.rollUpGroup { return "all submissions" }
        if group == FindingGroup.noUnit { return "records naming no unit" }
        return Visible.escaped(group.name.map { "\($0) (\(group.code))" } ?? group.code)
    }

    public func level(_ level: UnitLevel) -> String {
        switch level {
        case .province: "province"
        case .district: "district"
        case .commune: "commune"
        case .agency: "agency"
        }
    }

    public func dataset(_ kind: DatasetKind) -> String {
        switch kind {
        case .cooperatives: "the register of cooperatives"
        case .units: "the list of administrative units"
        case .indicators: "the indicator figures"
        case .reports: "the report log"
        case .tasks: "the task register"
        }
    }

    /// `'a', 'b' and 'c'`.
    static func quotedList(_ items: [String]) -> String {
        let quoted = items.map { "'\($0)'" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " and " + quoted.last!
    }

    /// `a, b or c`.
    static func alternatives(_ items: [String]) -> String {
        items.count > 1 ? items.dropLast().joined(separator: ", ") + " or " + items.last! : items.first ?? ""
    }

    /// "; did you mean 'x'?" or nothing.
    static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }

    /// "1 error", "2 errors", "1,200 errors".
    static func counted(_ n: Int, _ noun: String) -> String {
        "\(English().count(n)) \(n == 1 ? noun : noun + "s")"
    }
}
