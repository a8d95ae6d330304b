import DataContract
import DataLoading
import Diagnostics
import Expressions

/// The administrative units of a submission: names, levels and parents, to name groups and to
/// count the units under a group.
struct UnitDirectory {
    private var level: [String: UnitLevel] = [:]
    private var name: [String: String] = [:]
    private var parent: [String: String] = [:]
    let isEmpty: Bool

    init(_ records: [Record]) {
        for record in records {
            guard case .string(let code) = record["code"] else { continue }
            if case .string(let l) = record["level"] { level[code] = UnitLevel(rawValue: l) }
            if case .string(let n) = record["name"] { name[code] = n }
            if case .string(let p) = record["parent_code"] { parent[code] = p }
        }
        isEmpty = records.isEmpty
    }

    /// The group of a unit code, with its name and level when the units file lists it.
    func group(_ code: String) -> FindingGroup {
        FindingGroup(code: code, name: name[code], level: level[code])
    }

    /// Codes of units of `unitLevel` inside `group` (any unit, or `national` for all), sorted.
    func units(ofLevel unitLevel: UnitLevel, in group: String) -> [String] {
        level.filter { $0.value == unitLevel && (group == FindingGroup.national.code || isInside($0.key, group)) }
            .keys.sorted()
    }

    func isInside(_ code: String, _ ancestor: String) -> Bool {
        var current: String? = code
        var steps = 0
        while let c = current, steps < 16 {
            if c == ancestor { return true }
            current = parent[c]
            steps += 1
        }
        return false
    }
}
