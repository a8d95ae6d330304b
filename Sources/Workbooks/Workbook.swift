import Diagnostics
import Expressions
import Foundation
import ZIPFoundation

/// A spreadsheet workbook (.xlsx, or .ods) read as the clerk's Excel or LibreOffice wrote it: its sheets in order, each
/// a list of rows of typed cells with their addresses. Hostile files are refused before any of
/// their content is trusted: archives that expand too far, entity declarations, encrypted or
/// macro-enabled workbooks, sheets past Excel's own limits.
public struct Workbook: Sendable {
    public let sheets: [Sheet]

    /// One sheet: its name as the tab shows it, the rows that hold a value, and its merged
    /// ranges (a header cell spread over several columns or rows holds its value in the first).
    public struct Sheet: Sendable {
        public let name: String
        public let rows: [Row]
        public var merged: [ClosedRange<CellAddress>] = []

        public init(name: String, rows: [Row], merged: [ClosedRange<CellAddress>] = []) {
            self.name = name
            self.rows = rows
            self.merged = merged
        }

        /// The merged range that covers `address` without starting there: its value is the
        /// range's first cell's.
        public func mergedRange(covering address: CellAddress) -> ClosedRange<CellAddress>? {
            merged.first { range in
                range.lowerBound != address
                    && (range.lowerBound.column...range.upperBound.column).contains(address.column)
                    && (range.lowerBound.row...range.upperBound.row).contains(address.row)
            }
        }
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

/// Why a workbook cannot be read: the file as messages name it, and the problem.
public struct WorkbookError: Error, Equatable, Sendable {
    public let file: String
    public let problem: WorkbookProblem

    public init(_ file: String, _ problem: WorkbookProblem) {
        self.file = file
        self.problem = problem
    }
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
            throw .init(file, .unreadable(reason: (error as NSError).localizedDescription))
        }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { throw .init(file, .encrypted) }
        guard head.starts(with: [0x50, 0x4B]) else { throw .init(file, .notAWorkbook) }
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read, pathEncoding: nil)
        } catch {
            throw .init(file, .notAWorkbook)
        }
        var parts = WorkbookParts(archive: archive, file: file, limits: limits)
        if let entry = archive["mimetype"], entry.uncompressedSize < 100 {
            var kind = Data()
            _ = try? archive.extract(entry) { kind.append($0) }
            if kind == Data("application/vnd.oasis.opendocument.spreadsheet".utf8) { return try parts.openDocument() }
        }
        return try parts.workbook()
    }
}

extension Workbook {
    /// Whether `path` names a workbook, by its extension: Excel's .xlsx or OpenDocument's .ods.
    public static func isWorkbookPath(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".xlsx") || lowered.hasSuffix(".ods")
    }
}
