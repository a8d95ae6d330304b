/// Why a workbook (.xlsx) cannot be read: it is not one, it is refused as hostile, or its XML is
/// broken. Sizes are in bytes.
public enum WorkbookProblem: Hashable, Sendable {
    case unreadable(reason: String)
    /// Not a zip archive of an Office workbook (a .xls of old, a renamed CSV).
    case notAWorkbook
    /// An encrypted workbook: a password-protected file is an OLE container, not a zip.
    case encrypted
    /// A workbook with macros (.xlsm, vbaProject.bin): refused, never opened.
    case macroEnabled
    case missingPart(String)
    case tooManyParts(count: Int, limit: Int)
    case partTooLarge(part: String, limit: Int)
    /// A part that inflates more than `limit` times its compressed size: a zip bomb.
    case compressionRatio(part: String, limit: Int)
    /// A DOCTYPE or entity declaration, which no workbook needs (an XML bomb, an external entity).
    case entityDeclared(part: String)
    case malformedXML(part: String, line: Int, column: Int, reason: String)
    /// A cell past Excel's own limits of 1,048,576 rows and 16,384 columns.
    case beyondSheetLimits(sheet: String, cell: String)
}
