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
    /// Per level, the units of that level inside each unit (and under `national`, all), sorted:
    /// built once, so counting a group's units does not scan the file per group.
    private var within: [UnitLevel: [String: [String]]] = [:]

    init(_ records: [Record]) {
        for record in records {
            guard case .string(let code) = record["code"] else { continue }
            if case .string(let l) = record["level"] { level[code] = UnitLevel(rawValue: l) }
            if case .string(let n) = record["name"] { name[code] = n }
            if case .string(let p) = record["parent_code"] { parent[code] = p }
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
