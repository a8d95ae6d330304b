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
    public init(path: String, displayName: String, delimiter: UInt8? = nil, limits: CSVLimits = .init()) throws(LoadError) {
        file = displayName
        scanner = try Self.open(path: path, displayName: displayName, delimiter: delimiter, limits: limits)
    }

    /// A scanner at the first record of the file, past any byte-order mark.
    static func open(path: String, displayName: String, delimiter: UInt8?, limits: CSVLimits = .init()) throws(LoadError) -> CSVScanner {
        let start = SourcePosition(file: displayName, line: 1, column: 1)
        guard let handle = FileHandle(forReadingAtPath: path) else { throw LoadError(.error(at: start, "cannot open the file")) }
        let head = (try? handle.read(upToCount: 64 << 10)) ?? nil ?? Data()
        try? handle.close()
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            throw LoadError(.error(at: start, "the file is UTF-16; save it as 'CSV UTF-8' and submit it again"))
        }
        let bom = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return try CSVScanner(path: path, displayName: displayName, delimiter: delimiter ?? detectDelimiter(head.dropFirst(bom)),
                              offset: bom, limits: limits)
    }

    private static func detectDelimiter(_ bytes: Data) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
        var quoted = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if !quoted, byte == 0x0A || byte == 0x0D { break }
            if !quoted, counts[byte] != nil { counts[byte]! += 1 }
        }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
    }

    /// Reads the next record without copying its fields, for counting; its number of fields, or
    /// nil at the end of the file.
    public mutating func skip() throws(LoadError) -> Int? {
        try scanner.next() ? scanner.fields.count : nil
    }

    /// The next record, or nil at the end of the file. Blank lines are skipped.
    public mutating func next() throws(LoadError) -> CSVRow? {
        guard try scanner.next() else { return nil }
        return CSVRow(fields: scanner.fields.map(scanner.text), line: scanner.recordLine, columns: scanner.fields.map(\.column))
    }
}

/// A problem that stops a file from loading, with its position.
public struct LoadError: Error, Sendable {
    public let diagnostic: Diagnostic

    public init(_ diagnostic: Diagnostic) {
        self.diagnostic = diagnostic
    }
}
