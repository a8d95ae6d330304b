import Diagnostics

/// A cell's place in a sheet, as Excel names it (`B12`): column and row, both from 1.
public struct CellAddress: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let column: Int
    public let row: Int

    public init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// Reads `B12`, `AA3`; nil for anything else (or beyond Excel's 16,384 columns).
    public init?(_ text: String) {
        var column = 0
        var row = 0
        var digits = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where !digits:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
                if column > 16_384 { return nil }
            case UInt8(ascii: "0")...UInt8(ascii: "9") where column > 0:
                digits = true
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                if row > 1_048_576 { return nil }
            default: return nil
            }
        }
        guard digits, row > 0 else { return nil }
        self.init(column: column, row: row)
    }

    public var description: String { SourcePosition.columnLetters(column) + String(row) }

    public static func < (a: CellAddress, b: CellAddress) -> Bool {
        a.row != b.row ? a.row < b.row : a.column < b.column
    }
}
