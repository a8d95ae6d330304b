import DataContract
import DataLoading
import Expressions

/// The administrative units of a submission: levels and parents, to count units under a group.
struct UnitDirectory {
    private var level: [String: String] = [:]
    private var parent: [String: String] = [:]
    let isEmpty: Bool

    init(_ records: [Record]) {
        for record in records {
            guard case .string(let code) = record["code"] else { continue }
            if case .string(let l) = record["level"] { level[code] = l }
            if case .string(let p) = record["parent_code"] { parent[code] = p }
        }
        isEmpty = records.isEmpty
    }

    /// Codes of units of `unitLevel` inside `group` (any unit, or `national` for all), sorted.
    func units(ofLevel unitLevel: String, in group: String) -> [String] {
        level.filter { $0.value == unitLevel && (group == Evaluator.nationalGroup || isInside($0.key, group)) }.keys.sorted()
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
