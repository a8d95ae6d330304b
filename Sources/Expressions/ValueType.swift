/// The type of a field or an expression.
public indirect enum ValueType: Hashable, Sendable, CustomStringConvertible {
    case bool, integer, decimal, string, date
    /// One of a closed set of words, such as a cooperative's kind (HTX, THT, LHHTX).
    case enumeration(EnumDomain)

    public var description: String {
        switch self {
        case .bool: "true/false"
        case .integer: "whole number"
        case .decimal: "number"
        case .string: "text"
        case .date: "date"
        case .enumeration(let domain): "one of \(domain.values.joined(separator: ", "))"
        }
    }

    var isNumeric: Bool { self == .integer || self == .decimal }
}

/// A closed vocabulary, with the Vietnamese (or other) words accepted for each value.
public struct EnumDomain: Hashable, Sendable {
    public let name: String
    public let values: [String]
    /// Other spellings mapped to a value, e.g. `tốt` → `good`.
    public let aliases: [String: String]

    public init(name: String, values: [String], aliases: [String: String] = [:]) {
        self.name = name
        self.values = values
        self.aliases = aliases
    }

    /// The value a text stands for: itself, its alias, or either ignoring case; nil otherwise.
    public func canonical(_ text: String) -> String? {
        if values.contains(text) { return text }
        if let value = aliases[text] { return value }
        let lowered = text.lowercased()
        return values.first { $0.lowercased() == lowered } ?? aliases.first { $0.key.lowercased() == lowered }?.value
    }
}

/// The fields an expression may read, with their types.
public struct Schema: Sendable {
    private let fields: [String: ValueType]

    public init(fields: [String: ValueType]) {
        self.fields = fields
    }

    public subscript(field: String) -> ValueType? { fields[field] }

    /// The field names, sorted.
    public var fieldNames: [String] { fields.keys.sorted() }
}
