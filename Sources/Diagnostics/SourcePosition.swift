/// A position in a user's file: every message coopcheck prints about input points at one.
///
/// Lines and columns are 1-based; columns count Unicode code points, as libyaml does and as
/// editors show them. In a workbook the position is a cell: `sheet` names the sheet, `line` is
/// the row and `column` the column's number (A is 1).
public struct SourcePosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var file: String
    /// The sheet of a workbook, or nil in a text file.
    public var sheet: String?
    public var line: Int
    public var column: Int

    public init(file: String, sheet: String? = nil, line: Int, column: Int) {
        self.file = file
        self.sheet = sheet
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form editors and CI annotations understand; in a workbook
    /// `file:Sheet!B12`, the cell as Excel names it.
    public var description: String {
        guard let sheet else { return "\(file):\(line):\(column)" }
        return "\(file):\(Self.reference(sheet: sheet, line: line, column: column))"
    }

    /// `file:line`, or in a workbook `file:Sheet!A12`: where a record starts.
    public var lineDescription: String {
        guard let sheet else { return "\(file):\(line)" }
        return "\(file):\(Self.reference(sheet: sheet, line: line, column: 1))"
    }

    /// The cell as Excel names it (`B12`), or nil outside a workbook.
    public var cell: String? { sheet == nil ? nil : Self.columnLetters(column) + String(line) }

    /// `Sheet!B12`, the sheet name quoted as Excel quotes it when it holds anything but letters,
    /// digits and underscores (`'Hợp tác xã'!B12`).
    public static func reference(sheet: String, line: Int, column: Int) -> String {
        let plain =
            !sheet.isEmpty
            && sheet.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        let name =
            plain
            ? sheet : "'" + sheet.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
        return name + "!" + columnLetters(column) + String(line)
    }

    /// A column's letters as a spreadsheet heads it: 1 is A, 27 is AA.
    public static func columnLetters(_ column: Int) -> String {
        var number = max(column, 1)
        var letters: [Character] = []
        while number > 0 {
            let digit = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + digit))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.file, lhs.sheet ?? "", lhs.line, lhs.column) < (rhs.file, rhs.sheet ?? "", rhs.line, rhs.column)
    }
}
