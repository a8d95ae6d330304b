import DataContract
import DataLoading
import Diagnostics
import Expressions

/// The administrative units of a submission (or of several, for the nation): names, levels and
/// parents, to name groups, to place a record's unit under the unit that owes a rule, and to
/// count the units under a group.
struct UnitDirectory: Sendable {
    private var level: [String: UnitLevel] = [:]
    private var name: [String: String] = [:]
    private var parent: [String: String] = [:]
    /// The first and last day of each unit whose register gives them (`valid_from`, `valid_to`).
    private var firstDays: [String: CivilDate] = [:]
    private var lastDays: [String: CivilDate] = [:]
    /// The unit that took the place of each unit whose register names one (`successor`).
    private var successors: [String: String] = [:]
    /// Per level, the units of that level inside each unit (and under `national`, all), sorted:
    /// built once, so counting a group's units does not scan the file per group.
    private var within: [UnitLevel: [String: [String]]] = [:]

    init(_ records: [Record]) {
        for record in records {
            guard case .string(let code) = record["code"] else { continue }
            if case .string(let l) = record["level"] { level[code] = UnitLevel(rawValue: l) }
            if case .string(let n) = record["name"] { name[code] = n }
            if case .string(let p) = record["parent_code"] { parent[code] = p }
            if case .date(let d) = record["valid_from"] { firstDays[code] = d }
            if case .date(let d) = record["valid_to"] { lastDays[code] = d }
            if case .string(let s) = record["successor"] { successors[code] = s }
        }
        for (code, unitLevel) in level {
            for holder in chain(of: code) + [FindingGroup.national.code] {
                within[unitLevel, default: [:]][holder, default: []].append(code)
            }
        }
        for (unitLevel, groups) in within {
            for (holder, codes) in groups { within[unitLevel]![holder] = codes.sorted() }
        }
    }

    /// The last day a group's unit existed: its register's `valid_to`, or for a district the end
    /// of the district level; nil for a unit that still exists.
    func lastDay(of group: FindingGroup) -> CivilDate? {
        lastDays[group.code] ?? (group.level == .district ? FindingReason.districtLevelEnded : nil)
    }

    /// The districts and communes that were, or now are, the area of an earlier province: those the
    /// units file places inside it, and the units that took their place (a new commune that took
    /// in its communes), but not the province that took in the earlier one.
    func area(ofEarlier province: String) -> Set<String> {
        var area = Set(level.keys.filter { $0 != province && isInside($0, province) })
        var next = Array(area)
        while let code = next.popLast() {
            guard let successor = successors[code], level[successor] != .province, area.insert(successor).inserted
            else { continue }
            next.append(successor)
        }
        return area
    }

    /// The directory with only the districts and communes of `area`, all counted under
    /// `province` (the one that took the area in): agencies and provinces stay.
    func restricted(to area: Set<String>, in province: String) -> UnitDirectory {
        var copy = keeping(levels: [.district, .commune], area.contains)
        for unitLevel in [UnitLevel.district, .commune] {
            copy.within[unitLevel, default: [:]][province] = copy.units(
                ofLevel: unitLevel, in: FindingGroup.national.code)
        }
        return copy
    }

    /// The directory as it was on `day`: the units counted under a group are those that existed
    /// then, as their register's `valid_from` and `valid_to` say. Names and places stay, so an
    /// earlier unit's records are still placed.
    func existing(on day: CivilDate) -> UnitDirectory {
        guard !firstDays.isEmpty || !lastDays.isEmpty else { return self }
        return keeping(levels: UnitLevel.allCases) { code in
            firstDays[code].map { $0 <= day } ?? true && lastDays[code].map { day <= $0 } ?? true
        }
    }

    private func keeping(levels: [UnitLevel], _ keep: (String) -> Bool) -> UnitDirectory {
        var copy = self
        for unitLevel in levels {
            guard let groups = within[unitLevel] else { continue }
            copy.within[unitLevel] = groups.mapValues { $0.filter(keep) }
        }
        return copy
    }

    /// Whether a record naming `code` is of `area`: a district or commune only if it is in it.
    func belongs(_ code: String, to area: Set<String>) -> Bool {
        switch level[code] {
        case .district, .commune: area.contains(code)
        case .province, .agency, nil: true
        }
    }

    /// Whether the units file lists the code.
    func contains(_ code: String) -> Bool { level[code] != nil || name[code] != nil }

    /// The group of a unit code, with its name and level when the units file lists it.
    func group(_ code: String) -> FindingGroup {
        FindingGroup(code: code, name: name[code], level: level[code])
    }

    /// Codes of units of `unitLevel` inside `group` (itself included, or `national` for all), sorted.
    func units(ofLevel unitLevel: UnitLevel, in group: String) -> [String] {
        within[unitLevel]?[group] ?? []
    }

    /// The unit of `unitLevel` that `code` is or lies inside, if the units file places it.
    func ancestor(of code: String, level unitLevel: UnitLevel) -> String? {
        chain(of: code).first { level[$0] == unitLevel }
    }

    /// Whether `code` is `ancestor` or lies inside it.
    func isInside(_ code: String, _ ancestor: String) -> Bool {
        chain(of: code).contains(ancestor)
    }

    /// The unit and those above it, nearest first; at most 16 steps, so a cycle ends.
    func chain(of code: String) -> [String] {
        var result: [String] = []
        var current: String? = code
        while let c = current, result.count < 16, !result.contains(c) {
            result.append(c)
            current = parent[c]
        }
        return result
    }
}
