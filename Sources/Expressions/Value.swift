import Foundation

/// A typed value of a record's field, or of an expression.
public enum Value: Hashable, Sendable {
    /// A missing value: an empty cell, or a field the record does not have.
    case null
    case bool(Bool)
    case integer(Int64)
    case decimal(Decimal)
    /// Text, including the canonical word of an enumeration (`HTX`, `good`).
    case string(String)
    case date(CivilDate)

    public var isNull: Bool { self == .null }
}
