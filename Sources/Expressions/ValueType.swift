import Foundation

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
///
/// A word is recognised as written, ignoring case, and without its diacritics (`thi tran` for
/// `thị trấn`, `dang hoat dong` for `đang hoạt động`), as a clerk without a Vietnamese keyboard
/// types it; a bare spelling two words share is recognised as neither.
public struct EnumDomain: Hashable, Sendable {
    public let name: String
    public let values: [String]
    /// Other spellings mapped to a value, e.g. `tốt` → `good`.
    public let aliases: [String: String]
    /// Every value and alias by its folded spelling (`EnumDomain.folded`).
    private let byFolded: [String: String]

    public init(name: String, values: [String], aliases: [String: String] = [:]) {
        self.name = name
        self.values = values
        self.aliases = aliases
        var byFolded: [String: String] = [:]
        var ambiguous: Set<String> = []
        for (word, value) in values.map({ ($0, $0) }) + aliases.sorted(by: { $0.key < $1.key }) {
            let key = Self.folded(word)
            if let other = byFolded[key], other != value { ambiguous.insert(key) }
            byFolded[key] = value
        }
        for key in ambiguous { byFolded[key] = nil }
        self.byFolded = byFolded
    }

    /// The value a text stands for: itself, its alias, or either ignoring case and diacritics;
    /// nil otherwise.
    public func canonical(_ text: String) -> String? {
        if values.contains(text) { return text }
        if let value = aliases[text] { return value }
        return byFolded[Self.folded(text)]
    }

    /// A word in lower case without diacritics, `đ` read as `d`, spaces between words made one.
    public static func folded(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.properties.isWhitespace {
                space = !out.isEmpty
                continue
            }
            if space { out.append(" ") }
            space = false
            out.append(scalar == "đ" ? "d" : scalar)
        }
        return String(out)
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
