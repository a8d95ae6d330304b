import Diagnostics
import Foundation
import YAMLNodes

/// One record of a CSV file: its fields as text, the line it starts on and each field's column.
public struct CSVRow: Sendable {
    public var fields: [String]
    public var line: Int
    public var columns: [Int]
}

/// Limits that keep a hostile CSV file from exhausting memory.
public struct CSVLimits: Hashable, Sendable {
    public var maxFieldBytes = 1 << 20
    public var maxFields = 1_000

    public init() {}
}

/// Reads RFC 4180 CSV from a file in chunks, so memory does not grow with the file: UTF-8 with
/// or without a byte-order mark, comma, semicolon or tab delimiters, CRLF, LF or CR line ends,
/// quoted fields with doubled quotes and line breaks. A file that is not UTF-8 is an error naming
/// the first bad line, never garbage.
public struct CSVReader {
    public let file: String
    public private(set) var delimiter: UInt8
    private let handle: FileHandle
    private let limits: CSVLimits
    private var buffer: [UInt8] = []
    private var index = 0
    private var atEOF = false
    private var line = 1
    private var column = 1

    static let chunkSize = 1 << 20

    /// Opens `path`; `displayName` is the name messages use. With no delimiter, the header
    /// line decides: the most frequent of `,`, `;` and tab outside quotes.
    public init(path: String, displayName: String, delimiter: UInt8? = nil, limits: CSVLimits = .init()) throws(LoadError) {
        file = displayName
        self.limits = limits
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw LoadError(.error(at: SourcePosition(file: displayName, line: 1, column: 1), "cannot open the file"))
        }
        self.handle = handle
        self.delimiter = delimiter ?? UInt8(ascii: ",")
        fill()
        if buffer.starts(with: [0xFF, 0xFE]) || buffer.starts(with: [0xFE, 0xFF]) {
            throw LoadError(.error(at: position(), "the file is UTF-16; save it as 'CSV UTF-8' and submit it again"))
        }
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        if delimiter == nil { self.delimiter = detectDelimiter() }
    }

    private func position() -> SourcePosition {
        SourcePosition(file: file, line: line, column: column)
    }

    private mutating func fill() {
        guard !atEOF else { return }
        let chunk = handle.readData(ofLength: Self.chunkSize)
        if chunk.isEmpty {
            atEOF = true
            try? handle.close()
        }
        buffer.removeFirst(index)
        index = 0
        buffer.append(contentsOf: chunk)
    }

    private mutating func peek() -> UInt8? {
        if index >= buffer.count { fill() }
        return index < buffer.count ? buffer[index] : nil
    }

    private mutating func advance() -> UInt8 {
        let byte = buffer[index]
        index += 1
        if byte & 0xC0 != 0x80 { column += 1 }
        return byte
    }

    private func detectDelimiter() -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
        var quoted = false
        for byte in buffer[index...] {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if !quoted, byte == 0x0A || byte == 0x0D { break }
            if !quoted, counts[byte] != nil { counts[byte]! += 1 }
        }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
    }

    private mutating func endLine(_ byte: UInt8) {
        if byte == 0x0D, peek() == 0x0A { index += 1 }
        line += 1
        column = 1
    }

    /// The next record, or nil at the end of the file. Blank lines are skipped.
    public mutating func next() throws(LoadError) -> CSVRow? {
        while let byte = peek(), byte == 0x0A || byte == 0x0D {
            index += 1
            endLine(byte)
        }
        guard peek() != nil else { return nil }
        var row = CSVRow(fields: [], line: line, columns: [])
        var field: [UInt8] = []
        while true {
            let start = position()
            field.removeAll(keepingCapacity: true)
            var quoted = false
            if peek() == UInt8(ascii: "\"") {
                quoted = true
                _ = advance()
            }
            var ended = false
            while !ended {
                guard let byte = peek() else {
                    if quoted { throw LoadError(.error(at: start, "a quoted field is not closed: add the closing '\"'")) }
                    ended = true
                    break
                }
                if quoted {
                    if byte == UInt8(ascii: "\"") {
                        _ = advance()
                        if peek() == UInt8(ascii: "\"") {
                            _ = advance()
                            field.append(byte)
                            continue
                        }
                        quoted = false
                        if let next = peek(), next != delimiter, next != 0x0A, next != 0x0D {
                            throw LoadError(.error(at: position(), "unexpected text after a closing quote; double a quote inside a quoted field (\"\")"))
                        }
                        continue
                    }
                    field.append(advance())
                    if byte == 0x0A || byte == 0x0D {
                        if byte == 0x0D, peek() == 0x0A { field.append(advance()) }
                        line += 1
                        column = 1
                    }
                } else {
                    if byte == delimiter || byte == 0x0A || byte == 0x0D {
                        ended = true
                        break
                    }
                    if byte == UInt8(ascii: "\"") {
                        throw LoadError(.error(at: position(), "a quote inside an unquoted field; enclose the field in quotes and double the quote (\"\")"))
                    }
                    field.append(advance())
                }
                if field.count > limits.maxFieldBytes {
                    throw LoadError(.error(at: start, "a field is longer than \(limits.maxFieldBytes) bytes"))
                }
            }
            guard let text = String(validating: field, as: UTF8.self) else {
                throw LoadError(.error(at: Self.firstInvalid(field, from: start), Self.encodingMessage(field)))
            }
            row.fields.append(text)
            row.columns.append(start.column)
            guard row.fields.count <= limits.maxFields else {
                throw LoadError(.error(at: start, "a row has more than \(limits.maxFields) fields"))
            }
            guard let byte = peek() else { return row }
            _ = advance()
            if byte != delimiter {
                endLine(byte)
                return row
            }
        }
    }

    /// The position of the first byte that is not UTF-8 in a field starting at `start`.
    private static func firstInvalid(_ bytes: [UInt8], from start: SourcePosition) -> SourcePosition {
        let offset = SourceText(file: start.file, bytes: bytes).firstInvalidUTF8Offset() ?? 0
        let before = String(decoding: bytes[..<offset], as: UTF8.self)
        let lines = before.split(separator: "\n", omittingEmptySubsequences: false)
        let line = start.line + lines.count - 1
        let column = (lines.count == 1 ? start.column : 1) + (lines.last?.unicodeScalars.count ?? 0)
        return SourcePosition(file: start.file, line: line, column: column)
    }

    private static func encodingMessage(_ bytes: [UInt8]) -> String {
        let offset = SourceText(file: "", bytes: bytes).firstInvalidUTF8Offset() ?? 0
        let bad = String(format: "0x%02X", bytes[min(offset, bytes.count - 1)])
        return "the file is not UTF-8 (byte \(bad) here); it looks like a legacy Vietnamese encoding such as Windows-1258, TCVN3 or VNI. Save it as 'CSV UTF-8' (Excel: File › Save As › CSV UTF-8) and submit it again"
    }
}

/// A problem that stops a file from loading, with its position.
public struct LoadError: Error, Sendable {
    public let diagnostic: Diagnostic

    public init(_ diagnostic: Diagnostic) {
        self.diagnostic = diagnostic
    }
}
