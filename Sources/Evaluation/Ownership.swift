import DataLoading
import Diagnostics
import Rules

/// Whom a submission speaks for: one province, or the whole country.
public enum SubmissionScope: Hashable, Sendable {
    /// A province's own submission (its manifest names the province).
    case province(String)
    /// A submission about the whole country, or several submissions together.
    case nation

    public init(_ manifest: Manifest) {
        self = manifest.province.map { .province($0) } ?? .nation
    }
}

/// One owner of a rule in an evaluation, and the groups of records (by the unit they name) that
/// are its: the subject of one finding.
struct OwnerGroup {
    let group: FindingGroup
    /// The numbers of the record groups whose records are this owner's; empty for an owner that
    /// sent nothing, which is still judged.
    let members: [Int]
    /// A province's part of a national target: shown, never judged.
    let isContribution: Bool
}

/// Who owes a rule in one evaluation, worked out from the rule's owner, the submission's scope
/// and its units file.
enum Ownership {
    /// The owners, each judged (or shown as a contribution) on its records.
    case owned([OwnerGroup])
    /// Nobody the submission speaks for owes the rule (a ministry's task in a province's submission).
    case notApplicable
    /// The rule is owed by every unit of these levels, and the units file lists none.
    case noUnitsListed([UnitLevel])

    /// The owners of `rule` among `codes`, the unit codes of the groups of records the rule saw,
    /// by group number (nil when the records are not told apart by unit: all are one group, 0).
    /// `judgesNation` says whether the evaluation judges national targets (a national submission
    /// alone, or all submissions together) or only shows each province's contribution.
    static func resolve(
        _ rule: Rule, in pack: RulePack, scope: SubmissionScope, judgesNation: Bool, codes seen: [Int: String]?,
        units: UnitDirectory
    ) -> Ownership {
        let codes = seen.map { groups in groups.keys.sorted().map { (id: $0, code: groups[$0]!) } }
        let all = codes.map { $0.map(\.id) } ?? [0]
        switch rule.owner {
        case .province:
            guard case .province(let province) = scope else { return .notApplicable }
            return .owned([OwnerGroup(group: units.group(province), members: all, isContribution: false)])
        case .nation:
            return nation(scope: scope, judgesNation: judgesNation, codes: codes, all: all, units: units)
        case .units(let terms):
            return each(
                rule, terms: terms, provincialPack: pack.document.province != nil, scope: scope, codes: codes ?? [],
                units: units)
        }
    }

    /// A national target: each province's contribution, and the nation's figure when judged.
    private static func nation(
        scope: SubmissionScope, judgesNation: Bool, codes: [(id: Int, code: String)]?, all: [Int],
        units: UnitDirectory
    ) -> Ownership {
        var groups: [OwnerGroup] = []
        switch scope {
        case .province(let province):
            groups.append(OwnerGroup(group: units.group(province), members: all, isContribution: true))
        case .nation:
            // Every province of the units file, those that sent nothing too, and any other the records name.
            var byProvince = Dictionary(
                uniqueKeysWithValues: units.units(ofLevel: .province, in: FindingGroup.national.code).map {
                    ($0, [Int]())
                })
            for (id, code) in codes ?? [] {
                let province =
                    code == FindingGroup.noUnit.code ? code : units.ancestor(of: code, level: .province) ?? code
                byProvince[province, default: []].append(id)
            }
            groups += byProvince.keys.sorted().map {
                OwnerGroup(group: units.group($0), members: byProvince[$0]!, isContribution: true)
            }
        }
        if judgesNation {
            groups.insert(OwnerGroup(group: .national, members: all, isContribution: false), at: 0)
        }
        return .owned(groups)
    }

    /// Units that each owe the rule: the expected ones (from the units file), those the records
    /// name, and for central bodies the lead units of the records.
    private static func each(
        _ rule: Rule, terms: [OwnerTerm], provincialPack: Bool, scope: SubmissionScope,
        codes: [(id: Int, code: String)], units: UnitDirectory
    ) -> Ownership {
        let province: String? = if case .province(let p) = scope { p } else { nil }
        let central = terms.contains(.central) && province == nil
        var expected: [String] = []
        for term in terms {
            switch term {
            case .each(let level):
                if let province {
                    expected += level == .province ? [province] : units.units(ofLevel: level, in: province)
                } else {
                    expected += units.units(ofLevel: level, in: FindingGroup.national.code)
                }
            case .unit(let code):
                if provincialPack || province.map({ units.isInside(code, $0) }) ?? true { expected.append(code) }
            case .central:
                break
            }
        }
        let owners = Set(expected)
        // In a province's submission, a unit its units file does not list is shown on its own unless
        // it may be a central body's, which is not the province's.
        let placesUnknown = province == nil || !terms.contains(.central)
        var members: [String: [Int]] = [:]
        var extra: [String] = []
        for (id, code) in codes {
            guard
                let owner = self.owner(
                    of: code, owners: owners, central: central, placesUnknown: placesUnknown, units: units)
            else { continue }
            if !owners.contains(owner), members[owner] == nil { extra.append(owner) }
            members[owner, default: []].append(id)
        }
        var groups = (unique(expected).sorted() + extra.sorted()).map {
            OwnerGroup(group: units.group($0), members: members[$0] ?? [], isContribution: false)
        }
        if central, !groups.contains(where: { !owners.contains($0.group.code) && $0.group != .noUnit }) {
            groups.append(OwnerGroup(group: .central(lead: rule.lead), members: [], isContribution: false))
        }
        guard groups.isEmpty else { return .owned(groups) }
        let levels = Owner.units(terms).levels
        return levels.isEmpty ? .notApplicable : .noUnitsListed(levels)
    }

    /// The owner whose records a record naming `code` is: the nearest unit above it (or itself)
    /// that owes the rule; itself for a central body, or for a unit the units file does not list (so
    /// its records are shown, not dropped); nil for a unit that owes nothing here.
    private static func owner(
        of code: String, owners: Set<String>, central: Bool, placesUnknown: Bool, units: UnitDirectory
    ) -> String? {
        if code == FindingGroup.noUnit.code { return code }
        if let owner = units.chain(of: code).first(where: owners.contains) { return owner }
        if central, units.contains(code), units.ancestor(of: code, level: .province) == nil { return code }
        if !units.contains(code), placesUnknown || central { return code }
        return nil
    }

    private static func unique(_ codes: [String]) -> [String] {
        var seen: Set<String> = []
        return codes.filter { seen.insert($0).inserted }
    }
}
