import Expressions

/// The groups of one grouping field (`province`, `unit`, …) seen in a data set, numbered in the
/// order they appear, so passes keep their state in arrays rather than hash by name per record.
struct GroupTable {
    private(set) var names: [String] = []
    private var values: [Value] = []
    private var ids: [Value: Int] = [:]

    /// The group of a field's value: its code, `(none)` when empty.
    static func name(of value: Value) -> String {
        switch value {
        case .string(let code): code
        case .null: FindingGroup.noUnit.code
        case let other: "\(other)"
        }
    }

    mutating func id(of value: Value) -> Int {
        if let id = ids[value] { return id }
        names.append(Self.name(of: value))
        values.append(value)
        ids[value] = names.count - 1
        return names.count - 1
    }

    /// Adds another table's groups (of a later part of the data), returning where each of its ids went.
    mutating func absorb(_ other: GroupTable) -> [Int] {
        other.values.map { id(of: $0) }
    }
}
