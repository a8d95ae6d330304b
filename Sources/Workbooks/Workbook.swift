import Expressions
import Foundation
import ZIPFoundation

/// A spreadsheet workbook (.xlsx) read as the clerk's Excel wrote it: its sheets in order, each
/// a list of rows of typed cells with their addresses. Hostile files are refused before any of
/// their content is trusted: archives that expand too far, entity declarations, encrypted or
/// macro-enabled workbooks, sheets past Excel's own limits.
public struct Workbook: Sendable {
    public let sheets: [Sheet]

    /// One sheet: its name as the tab shows it, and the rows that hold a value.
    public struct Sheet: Sendable {
        public let name: String
        public let rows: [Row]
    }

    public struct Row: Sendable {
        public let number: Int
        public let cells: [Cell]
    }

    public struct Cell: Sendable {
        public let address: CellAddress
        public let value: CellValue
    }

    public func sheet(named name: String) -> Sheet? { sheets.first { $0.name == name } }
}

/// A cell's value as the workbook stores it.
public enum CellValue: Hashable, Sendable {
    case text(String)
    /// A number as written in the file (`1500`, `12.5`), so no precision is lost.
    case number(String)
    case bool(Bool)
    /// A number whose format shows a date, read in the workbook's date system.
    case date(CivilDate)
    /// An error value Excel shows in the cell (`#DIV/0!`).
    case error(String)
}

/// How much a workbook may hold before it is refused.
public struct WorkbookLimits: Sendable {
    public var maxEntries = 2_000
    public var maxPartBytes = 256 << 20
    public var maxTotalBytes = 1 << 30
    /// Uncompressed bytes per compressed byte of a part: past this, a zip bomb.
    public var maxRatio = 200
    public var maxRows = 1_048_576
    public var maxColumns = 16_384

    public init() {}
    public static let `default` = WorkbookLimits()
}

/// Why a workbook cannot be read; every case names the file, and the part or cell where it can.
public enum WorkbookError: Error, Equatable, Sendable {
    case unreadable(file: String, reason: String)
    /// Not a zip archive of an Office workbook (a .xls of old, a renamed CSV).
    case notAWorkbook(file: String)
    /// An encrypted workbook: a password-protected file is an OLE container, not a zip.
    case encrypted(file: String)
    /// A workbook with macros (.xlsm, vbaProject.bin): refused, never opened.
    case macroEnabled(file: String)
    case missingPart(file: String, part: String)
    case tooManyParts(file: String, count: Int, limit: Int)
    case partTooLarge(file: String, part: String, limit: Int)
    case compressionRatio(file: String, part: String, limit: Int)
    /// A DOCTYPE or entity declaration, which no workbook needs (an XML bomb, an external entity).
    case entityDeclared(file: String, part: String)
    case malformedXML(file: String, part: String, line: Int, column: Int, reason: String)
    case beyondSheetLimits(file: String, sheet: String, cell: String)
}

extension Workbook {
    /// Reads the workbook at `path`; `displayName` names it in errors.
    public static func read(
        path: String, displayName: String? = nil, limits: WorkbookLimits = .default
    ) throws(WorkbookError) -> Workbook {
        let file = displayName ?? path
        let head: Data
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            head = try handle.read(upToCount: 8) ?? Data()
        } catch {
            throw .unreadable(file: file, reason: (error as NSError).localizedDescription)
        }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { throw .encrypted(file: file) }
        guard head.starts(with: [0x50, 0x4B]) else { throw .notAWorkbook(file: file) }
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read, pathEncoding: nil)
        } catch {
            throw .notAWorkbook(file: file)
        }
        var parts = WorkbookParts(archive: archive, file: file, limits: limits)
        return try parts.workbook()
    }
}
