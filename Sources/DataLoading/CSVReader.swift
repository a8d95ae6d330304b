import Diagnostics
import Foundation

/// One record of a CSV file: its fields as text, the line it starts on and each field's column.
public struct CSVRow: Sendable {
    public var fields: [String]
    public var line: Int
    public var columns: [Int]
}

/// Reads CSV as spreadsheets save it, record by record with fields as text: UTF-8 with or without
/// a byte-order mark, the delimiter detected from the header line. A file that is not UTF-8 is an
/// error naming the first bad byte, never garbage. (Loading scans bytes directly; this is the
/// reader for everything else.)
public struct CSVReader {
    public let file: String
    public var delimiter: UInt8 { scanner.delimiter }
    let scanner: CSVScanner

    /// Opens `path`; `displayName` is the name messages use. With no delimiter, the header
    /// line decides: the most frequent of `,`, `;` and tab outside quotes.
    public init(path: String, displayName: String, delimiter: UInt8? = nil, limits: CSVLimits = .init())
        throws(LoadError)
    {
        file = displayName
        scanner = try CSVScanner(path: path, displayName: displayName, delimiter: delimiter, limits: limits)
    }

    /// Reads the next record without copying its fields, for counting; its number of fields, or
    /// nil at the end of the file.
    public mutating func skip() throws(LoadError) -> Int? {
        try scanner.next() ? scanner.fields.count : nil
    }

    /// The next record, or nil at the end of the file. Blank lines are skipped.
    public mutating func next() throws(LoadError) -> CSVRow? {
        guard try scanner.next() else { return nil }
        return CSVRow(
            fields: scanner.fields.map(scanner.text), line: scanner.recordLine, columns: scanner.fields.map(\.column))
    }
}

/// A problem that stops a file from loading, with its position.
public struct LoadError: Error, Sendable {
    public let diagnostic: Diagnostic

    public init(_ diagnostic: Diagnostic) {
        self.diagnostic = diagnostic
    }
}
