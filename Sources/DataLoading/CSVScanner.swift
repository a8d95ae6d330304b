import Diagnostics
import Foundation
import YAMLNodes

/// Limits that keep a hostile CSV file from exhausting memory.
public struct CSVLimits: Hashable, Sendable {
    public var maxFieldBytes = 1 << 20
    public var maxFields = 1_000
    /// The longest record, all fields together.
    public var maxRecordBytes = 4 << 20

    public init() {}
}

/// Splits CSV bytes into records and fields without copying them: RFC 4180 with comma,
/// semicolon or tab delimiters, CRLF, LF or CR line ends, quoted fields with doubled quotes and
/// line breaks. It reads its file in chunks through one buffer, so memory does not grow with the
/// file, and can read a byte range of it, so parts of a large file are scanned in parallel.
/// A field is handed out as bytes of that buffer, valid until the next record is read.
final class CSVScanner {
    /// One field of the current record: where its bytes are in the buffer and where it starts.
    struct Field {
        var start: Int
        var end: Int
        var column: Int
        /// Quoted with doubled quotes inside, so its text needs unescaping.
        var escaped: Bool
    }

    let file: String
    private(set) var delimiter = UInt8(ascii: ",")
    let limits: CSVLimits
    private let handle: FileHandle
    private var storage: UnsafeMutableBufferPointer<UInt8>
    /// Bytes of `storage` holding data, and the next one to scan.
    private var count = 0
    private var index = 0
    /// File offset of `storage[0]`.
    private var base: Int
    /// Records starting at or after this file offset are left to another scanner.
    var stopOffset: Int
    /// The file offset just after the last record read.
    private(set) var lastRecordEnd = 0
    private var atEOF = false
    /// The line the next byte is on.
    private(set) var line: Int
    /// The current record: its fields and the line it starts on.
    private(set) var fields: [Field] = []
    private(set) var recordLine = 0
    /// Why the record just read was left out (a stray quote): reading goes on at the next line.
    private(set) var rejection: Diagnostic?

    static let chunkSize = 1 << 20
    private static let quote = UInt8(ascii: "\"")

    /// Per byte value, whether it ends an unquoted field, starts a quoted one, or is a NUL.
    private let special: UnsafeMutableBufferPointer<Bool>

    /// Opens `path` at file offset `offset`, which is on line `line`, scanning records that start
    /// before `stopOffset`. At the start of a file, a byte-order mark and Excel's `sep=;` line are skipped (UTF-16 or UTF-32 is an
    /// error) and, with no `delimiter`, the header line decides: the most frequent of `,`, `;`
    /// and tab outside quotes.
    init(
        path: String, displayName: String, delimiter: UInt8?, offset: Int = 0, line: Int = 1,
        stopOffset: Int = .max, limits: CSVLimits = .init()
    ) throws(LoadError) {
        file = displayName
        self.limits = limits
        self.line = line
        self.stopOffset = stopOffset
        base = offset
        let start = SourcePosition(file: displayName, line: 1, column: 1)
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw LoadError(.error(at: start, .data(.cannotOpen)))
        }
        self.handle = handle
        if offset > 0 { try? handle.seek(toOffset: UInt64(offset)) }
        storage = .allocate(capacity: Self.chunkSize)
        special = .allocate(capacity: 256)
        special.initialize(repeating: false)
        fill()
        if offset == 0 {
            let head = UnsafeBufferPointer(rebasing: storage[0..<count])
            if let encoding = Self.wideEncoding(head) {
                throw LoadError(.error(at: start, .data(.wideEncoding(encoding))))
            }
            if head.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        }
        var hinted: UInt8?
        if offset == 0,
            let (separator, length) = Self.separatorLine(UnsafeBufferPointer(rebasing: storage[index..<count]))
        {
            hinted = separator
            index += length
            self.line += 1
        }
        self.delimiter =
            delimiter ?? hinted ?? Self.detectDelimiter(UnsafeBufferPointer(rebasing: storage[index..<count]))
        for byte in [self.delimiter, 0x0A, 0x0D, Self.quote, 0] { special[Int(byte)] = true }
    }

    /// The Unicode encoding other than UTF-8 that a byte-order mark names (`UTF-32` is tested
    /// first: its little-endian mark begins with UTF-16's).
    private static func wideEncoding(_ head: UnsafeBufferPointer<UInt8>) -> String? {
        if head.starts(with: [0xFF, 0xFE, 0, 0]) || head.starts(with: [0, 0, 0xFE, 0xFF]) { return "UTF-32" }
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        return nil
    }

    /// Excel's `sep=;` first line: the delimiter it names and the line's length with its break.
    private static func separatorLine(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt8, Int)? {
        guard bytes.starts(with: Array("sep=".utf8)), bytes.count >= 6 else { return nil }
        let separator = bytes[4]
        guard separator != 0x0A, separator != 0x0D, separator != quote else { return nil }
        if bytes[5] == 0x0A { return (separator, 6) }
        if bytes[5] == 0x0D { return (separator, bytes.count > 6 && bytes[6] == 0x0A ? 7 : 6) }
        return nil
    }

    private static func detectDelimiter(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
        var quoted = false
        for byte in bytes {
            if byte == quote { quoted.toggle() }
            if !quoted, byte == 0x0A || byte == 0x0D { break }
            if !quoted, counts[byte] != nil { counts[byte]! += 1 }
        }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
    }

    deinit {
        storage.deallocate()
        special.deallocate()
        try? handle.close()
    }

    /// The file offset of the next byte to scan.
    var offset: Int { base + index }

    /// Moves the unscanned bytes to the front and reads more, growing the buffer if it is full.
    private func fill() {
        guard !atEOF else { return }
        if index > 0 {
            let remaining = count - index
            if remaining > 0 {
                UnsafeMutableRawPointer(storage.baseAddress!).copyMemory(
                    from: storage.baseAddress! + index, byteCount: remaining)
            }
            base += index
            count = remaining
            index = 0
        }
        if count == storage.count {
            let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: storage.count * 2)
            _ = larger.initialize(from: storage)
            storage.deallocate()
            storage = larger
        }
        // Straight into the buffer: no intermediate copy. A read error ends the data like the end
        // of the file does; what was read is still checked.
        var received: Int
        repeat {
            received = read(handle.fileDescriptor, storage.baseAddress! + count, storage.count - count)
        } while received < 0 && errno == EINTR
        guard received > 0 else {
            atEOF = true
            return
        }
        count += received
    }

    /// The bytes of a field of the current record.
    func bytes(_ field: Field) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: storage[field.start..<field.end])
    }

    /// Whether every field of the current record is empty or spaces: a spreadsheet's blank row
    /// (`;;;;;`, or a cell holding one space).
    var recordIsBlank: Bool {
        fields.allSatisfy { field in bytes(field).allSatisfy { $0 == 0x20 || $0 == 0x09 } }
    }

    /// The text of a field, with doubled quotes made single.
    func text(_ field: Field) -> String {
        let raw = bytes(field)
        guard field.escaped else { return String(decoding: raw, as: UTF8.self) }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            unescaped.append(raw[i])
            i += raw[i] == Self.quote && i + 1 < raw.count && raw[i + 1] == Self.quote ? 2 : 1
        }
        return String(decoding: unescaped, as: UTF8.self)
    }

    private enum Outcome {
        case record, end, needMore
    }

    /// Reads the next record into `fields`; false at the end of the file (or of the range).
    /// Blank lines are skipped.
    func next() throws(LoadError) -> Bool {
        while true {
            switch try scan() {
            case .record: return true
            case .end: return false
            case .needMore: fill()
            }
        }
    }

    private func position(line: Int, column: Int) -> SourcePosition {
        SourcePosition(file: file, line: line, column: column)
    }

    /// Scans one record from `index`; on `.needMore` nothing is consumed.
    private func scan() throws(LoadError) -> Outcome {
        let p = storage.baseAddress!
        let special = self.special.baseAddress!
        let n = count
        var i = index
        var line = self.line
        while i < n, p[i] == 0x0A || p[i] == 0x0D {
            if p[i] == 0x0D {
                if i + 1 == n, !atEOF { return .needMore }
                if i + 1 < n, p[i + 1] == 0x0A { i += 1 }
            }
            i += 1
            line += 1
        }
        if i == n {
            if !atEOF { return .needMore }
            index = i
            self.line = line
            return .end
        }
        if base + i >= stopOffset {
            index = i
            self.line = line
            return .end
        }
        let recordStart = i
        let startLine = line
        var lineStart = i
        var high: UInt8 = 0
        fields.removeAll(keepingCapacity: true)
        rejection = nil
        while true {
            let fieldStart = i
            let fieldLine = line
            let column =
                high < 0x80 ? fieldStart - lineStart + 1 : Self.characters(p, from: lineStart, to: fieldStart) + 1
            var field = Field(start: i, end: i, column: column, escaped: false)
            if i < n, p[i] == Self.quote {
                i += 1
                var closed = false
                while !closed {
                    while i < n, p[i] != Self.quote {
                        let b = p[i]
                        if b == 0 { throw nul(p, lineStart, i, line) }
                        high |= b
                        i += 1
                        if b == 0x0A || (b == 0x0D && (i == n || p[i] != 0x0A)) {
                            if b == 0x0D, i == n, !atEOF { return .needMore }
                            line += 1
                            lineStart = i
                        }
                    }
                    if i == n {
                        if !atEOF { return try needMore(fieldStart, recordStart, line: fieldLine, column: column) }
                        throw LoadError(.error(at: position(line: fieldLine, column: column), .data(.unclosedQuote)))
                    }
                    if i + 1 == n, !atEOF { return .needMore }
                    if i + 1 < n, p[i + 1] == Self.quote {
                        field.escaped = true
                        i += 2
                    } else {
                        closed = true
                        i += 1
                    }
                }
                field.start = fieldStart + 1
                field.end = i - 1
                if i < n, p[i] != delimiter, p[i] != 0x0A, p[i] != 0x0D {
                    let offending = Self.characters(p, from: lineStart, to: i) + 1
                    return reject(
                        .textAfterQuote, at: position(line: line, column: offending), from: i, line: line,
                        recordLine: startLine)
                }
            } else {
                while i < n, !special[Int(p[i])] {
                    high |= p[i]
                    i += 1
                }
                if i == n, !atEOF { return try needMore(fieldStart, recordStart, line: fieldLine, column: column) }
                if i < n, p[i] == 0 { throw nul(p, lineStart, i, line) }
                if i < n, p[i] == Self.quote {
                    let offending = (high < 0x80 ? i - lineStart : Self.characters(p, from: lineStart, to: i)) + 1
                    return reject(
                        .quoteInUnquotedField, at: position(line: line, column: offending), from: i, line: line,
                        recordLine: startLine)
                }
                field.end = i
            }
            if field.end - field.start > limits.maxFieldBytes { throw tooLong(line: fieldLine, column: column) }
            fields.append(field)
            guard fields.count <= limits.maxFields else {
                throw LoadError(
                    .error(
                        at: position(line: fieldLine, column: column), .data(.tooManyFields(limit: limits.maxFields))))
            }
            if i == n { break }
            let b = p[i]
            i += 1
            if b == delimiter { continue }
            if b == 0x0D {
                if i == n, !atEOF { return .needMore }
                if i < n, p[i] == 0x0A { i += 1 }
            }
            line += 1
            break
        }
        if high >= 0x80,
            let bad = UTF8Validation.firstInvalidOffset(
                UnsafeBufferPointer(start: p + recordStart, count: i - recordStart))
        {
            throw LoadError(
                .error(at: locate(p, recordStart, bad, line: startLine), .data(.notUTF8(byte: p[recordStart + bad]))))
        }
        index = i
        self.line = line
        recordLine = startLine
        lastRecordEnd = base + i
        return .record
    }

    /// Leaves the record out, with its problem, and goes on at the next line: a stray quote spoils
    /// one record, not the rest of the file. `.needMore` while that line's end is not read yet.
    private func reject(
        _ problem: DataProblem, at position: SourcePosition, from i: Int, line: Int, recordLine startLine: Int
    ) -> Outcome {
        let p = storage.baseAddress!
        var k = i
        while k < count, p[k] != 0x0A, p[k] != 0x0D { k += 1 }
        if k == count, !atEOF { return .needMore }
        if k < count {
            k += p[k] == 0x0D && k + 1 < count && p[k + 1] == 0x0A ? 2 : 1
        }
        index = k
        self.line = line + 1
        recordLine = startLine
        lastRecordEnd = base + k
        rejection = .error(at: position, .data(problem))
        return .record
    }

    /// `.needMore`, unless the field starting at `line` and `column` (or its record) has already
    /// outgrown its limit: a hostile file is stopped before it is buffered.
    private func needMore(_ fieldStart: Int, _ recordStart: Int, line: Int, column: Int) throws(LoadError) -> Outcome {
        if count - fieldStart > limits.maxFieldBytes { throw tooLong(line: line, column: column) }
        if count - recordStart > limits.maxRecordBytes {
            throw LoadError(
                .error(
                    at: position(line: recordLine(recordStart), column: 1),
                    .data(.recordTooLong(limit: limits.maxRecordBytes))))
        }
        return .needMore
    }

    private func recordLine(_ recordStart: Int) -> Int {
        var line = self.line
        let p = storage.baseAddress!
        var k = index
        while k < recordStart, p[k] == 0x0A || p[k] == 0x0D {
            if !(p[k] == 0x0D && k + 1 < count && p[k + 1] == 0x0A) { line += 1 }
            k += 1
        }
        return line
    }

    private func tooLong(line: Int, column: Int) -> LoadError {
        LoadError(.error(at: position(line: line, column: column), .data(.fieldTooLong(limit: limits.maxFieldBytes))))
    }

    private func nul(_ p: UnsafeMutablePointer<UInt8>, _ lineStart: Int, _ offset: Int, _ line: Int) -> LoadError {
        LoadError(
            .error(
                at: position(line: line, column: Self.characters(p, from: lineStart, to: offset) + 1), .data(.nulByte)))
    }

    /// Characters (not bytes) in `p[from..<to]`: UTF-8 continuation bytes do not count.
    private static func characters(_ p: UnsafeMutablePointer<UInt8>, from: Int, to: Int) -> Int {
        var n = 0
        for k in from..<to where p[k] & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// The line and column of byte `offset` of the record starting at `start` on `line`.
    private func locate(_ p: UnsafeMutablePointer<UInt8>, _ start: Int, _ offset: Int, line: Int) -> SourcePosition {
        var line = line
        var lineStart = start
        for k in start..<(start + offset) where p[k] == 0x0A || (p[k] == 0x0D && p[k + 1] != 0x0A) {
            line += 1
            lineStart = k + 1
        }
        return position(line: line, column: Self.characters(p, from: lineStart, to: start + offset) + 1)
    }
}
