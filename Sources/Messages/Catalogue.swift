import DataContract
import Diagnostics
import Evaluation
import Expressions
import Foundation
import History
import Rules
import Targets

/// Every sentence coopcheck says to a person, in one language: one type per language conforms,
/// and each requirement is a switch over a closed enum of messages, so a message cannot exist in
/// one language only — a new case does not compile until both languages say it. Values quoted
/// inside a message (a cell as written, a unit's name, a rule pack's English note) stay as given.
public protocol Catalogue: Sendable {
    /// The language every sentence of this catalogue is in.
    var language: Language { get }

    /// A number written the language's way: `1,500.5` in English, `1.500,5` in Vietnamese.
    func number(_ value: Decimal) -> String
    /// A figure in a target's unit: `45%`, `1,500`, `1.5 times the baseline`, `20,000,000 VND`.
    func figure(_ value: Decimal, in unit: TargetUnit) -> String
    /// `error`, `warning`, `info`, as a diagnostic line says them.
    func severity(_ severity: Severity) -> String
    /// A problem in a user's input.
    func problem(_ problem: Problem) -> String

    /// A status as a word (`violated`).
    func status(_ status: FindingStatus) -> String
    /// A status as the text report's upper-case label (`VIOLATED`).
    func statusLabel(_ status: FindingStatus) -> String
    /// A group of findings: a unit by name and code, or the nation.
    func group(_ group: FindingGroup) -> String
    /// A level of units (province, district, commune, agency).
    func level(_ level: UnitLevel) -> String
    /// What a finding says about its group: its reason in a sentence.
    func message(_ finding: Finding) -> String
    /// What is wrong with one record behind a finding.
    func note(_ problem: RecordProblem, of finding: Finding) -> String
    /// The measured value as read next to the target: `45% (9 of 20)`, `12 of 14 records comply`.
    func observed(_ observation: Observation, target: Target?) -> String

    /// A target in words: `at least 45%`.
    func target(_ target: Target) -> String
    /// A schedule in words: `by 31/12/2030; every year, before 15/12`.
    func schedule(_ schedule: Schedule) -> String
    /// Who owes a rule: the nation, the province, each district, named units.
    func owner(_ owner: Owner) -> String
    /// An expression in words; fields are named as `headers` names them, or by field name.
    func reading(_ expression: Expressions.Expression, role: ExpressionRole, headers: ColumnHeaders?) -> String
    /// `coopcheck rules explain`: a rule line by line.
    func explanation(of rule: Rule, in pack: RulePack?) -> [(label: String, text: String)]
    /// What a data set holds, in a few words.
    func dataset(_ kind: DatasetKind) -> String

    /// The headings, labels and lines of reports, listings and the command line.
    func phrase(_ phrase: Phrase) -> String
    /// Why a history cannot be used.
    func historyError(_ error: HistoryError) -> String
}

/// The catalogue of each language.
public enum Catalogues {
    public static func of(_ language: Language) -> any Catalogue {
        switch language {
        case .en: English()
        case .vi: Vietnamese()
        }
    }
}

extension Catalogue {
    /// `file:line:column: severity: message`, the form editors and CI logs understand.
    public func line(_ diagnostic: Diagnostic) -> String {
        Visible.escaped("\(diagnostic.location): \(severity(diagnostic.severity)): \(problem(diagnostic.problem))")
    }

    /// A share as a whole percentage, for scores: `67%`.
    public func percent(_ value: Decimal) -> String {
        number((value * 100).rounded(places: 0)) + "%"
    }

    /// A part of a whole to two decimal places: `18.75%`.
    public func part(_ value: Decimal) -> String {
        number((value * 100).rounded(places: 2)) + "%"
    }

    /// A count written with its thousands grouped: `1,048,576`, `1.048.576`.
    func count(_ n: Int) -> String { number(Decimal(n)) }

    /// A value in the target's unit (a plain number without a target), rounded so that it reads
    /// against the target as the exact value does.
    public func figure(_ value: Decimal, target: Target?, meetsTarget: Bool?) -> String {
        let shown = Figures.shown(value, target: target, meetsTarget: meetsTarget)
        return target.map { figure(shown, in: $0.unit) } ?? number(shown)
    }

    /// `3 violated, 2 no data`: counts per status, worst first.
    public func counts(_ counts: [FindingStatus: Int]) -> String {
        phrase(.statusCounts(counts))
    }

    /// The observed value of a finding, when it has one.
    public func observed(_ finding: Finding) -> String? {
        finding.observation.map { observed($0, target: finding.target) }
    }

    /// A group known only by its code (as the history keeps it): the special groups in words.
    public func group(code: String) -> String { group(FindingGroup(code: code)) }

    /// A day as both languages write it: `31/12/2025`.
    func day(_ date: CivilDate) -> String { date.vietnamese }
}

/// How figures next to a target are rounded.
enum Figures {
    /// Decimal places kept of a value in the target's unit: four, so a share shows as `44.99%`.
    static let places = 4

    /// The value rounded to the fewest places (four at least) at which it reads against the
    /// target as the exact value does: 8,999 of 20,000 against "at least 45%" shows as 44.995%,
    /// never as a 45% that reads as met.
    static func shown(_ value: Decimal, target: Target?, meetsTarget: Bool?) -> Decimal {
        guard let target, let meetsTarget else { return value.rounded(places: places) }
        for places in places...18 {
            let candidate = value.rounded(places: places)
            if target.isSatisfied(by: candidate) == meetsTarget { return candidate }
        }
        return value
    }
}

extension LocalizedText {
    /// A text as each catalogue says it, for outputs that keep both languages.
    public init(_ text: (any Catalogue) -> String) {
        self.init(vi: text(Vietnamese()), en: text(English()))
    }
}
