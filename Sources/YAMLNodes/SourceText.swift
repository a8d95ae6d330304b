import Diagnostics

/// The bytes of a source file with what is needed to turn byte offsets into line and column.
public struct SourceText: Sendable {
    public let file: String
    public let bytes: [UInt8]
    /// The byte offset each line starts at (a line ends at LF, CR LF or CR).
    private let lineStarts: [Int]

    public init(file: String, bytes: [UInt8]) {
        self.file = file
        self.bytes = bytes
        var starts = [0]
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
            if bytes[i] == 0x0A || bytes[i] == 0x0D { starts.append(i + 1) }
            i += 1
        }
        lineStarts = starts
    }

    /// The byte offset of a 0-based line and code-point column, as libyaml marks them (clamped to
    /// the text). libyaml's own index counts characters, not bytes, so it cannot be used as an offset.
    public func byteOffset(line: Int, column: Int) -> Int {
        guard line >= 0, line < lineStarts.count else { return bytes.count }
        var offset = lineStarts[line]
        var remaining = column
        // A byte-order mark at the start is no column.
        if line == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
        while remaining > 0, offset < bytes.count {
            offset += 1
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            remaining -= 1
        }
        return offset
    }

    /// The 1-based line and code-point column of a byte offset (clamped to the text).
    public func location(ofByte offset: Int) -> SourcePosition {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var column = 1
        var i = 0
        while i < end {
            let b = bytes[i]
            if b == 0x0A {
                line += 1
                column = 1
            } else if b == 0x0D {
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return SourcePosition(file: file, line: line, column: column)
    }

    /// The byte offset of the first invalid UTF-8 sequence, or nil when the text is valid UTF-8.
    public func firstInvalidUTF8Offset() -> Int? {
        bytes.withUnsafeBufferPointer(UTF8Validation.firstInvalidOffset)
    }

    /// The location of the `valueOffset`-th code point of a scalar's value, found by walking the
    /// scalar's source text (skipping quotes, escapes, block indentation and folded line breaks),
    /// so that an error inside an expression or a target points at the right character.
    public func location(inScalar node: Node, atValueOffset valueOffset: Int) -> SourcePosition {
        guard let style = node.scalarStyle else { return node.location }
        var walker = ScalarWalker(bytes: bytes, range: node.byteRange, style: style)
        var consumed = 0
        while consumed < valueOffset, walker.advance() { consumed += 1 }
        return location(ofByte: walker.position)
    }
}

/// Steps through a scalar's source one value code point at a time.
private struct ScalarWalker {
    let bytes: [UInt8]
    let end: Int
    let style: ScalarStyle
    private(set) var position: Int
    private var blockIndent: Int?

    init(bytes: [UInt8], range: Range<Int>, style: ScalarStyle) {
        self.bytes = bytes
        self.end = min(range.upperBound, bytes.count)
        self.style = style
        var start = range.lowerBound
        switch style {
        case .singleQuoted, .doubleQuoted:
            start += 1
        case .literal, .folded:
            // Skip the header line (`|`, `>-`, `|2` …) up to the first content line.
            while start < end, bytes[start] != 0x0A { start += 1 }
            start += 1
        case .plain:
            break
        }
        self.position = min(start, end)
        if style == .literal || style == .folded { skipBlockIndent() }
    }

    /// Moves past one value code point; false at the end of the scalar.
    mutating func advance() -> Bool {
        guard position < end else { return false }
        let b = bytes[position]
        if b == 0x0A || b == 0x0D {
            position += (b == 0x0D && position + 1 < end && bytes[position + 1] == 0x0A) ? 2 : 1
            if style == .literal || style == .folded {
                skipBlockIndent()
            } else {
                while position < end, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
            }
            return true
        }
        if style == .doubleQuoted, b == UInt8(ascii: "\\"), position + 1 < end {
            position += 2
            return true
        }
        if style == .singleQuoted, b == UInt8(ascii: "'"), position + 1 < end, bytes[position + 1] == UInt8(ascii: "'")
        {
            position += 2
            return true
        }
        position += 1
        while position < end, bytes[position] & 0xC0 == 0x80 { position += 1 }
        return true
    }

    private mutating func skipBlockIndent() {
        var spaces = 0
        while position + spaces < end, bytes[position + spaces] == 0x20 { spaces += 1 }
        if blockIndent == nil { blockIndent = spaces }
        position += min(spaces, blockIndent ?? spaces)
    }
}

/// Checks bytes for UTF-8 without building a string: overlong forms, surrogates and code points
/// above U+10FFFF are invalid.
public enum UTF8Validation {
    /// The byte offset of the first invalid UTF-8 sequence in `bytes`, or nil when they are valid.
    public static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 { i += 1; continue }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch b0 {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(b0 & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(b0 & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(b0 & 0x07)
            default: return i
            }
            guard i + length <= n else { return i }
            for k in 1..<length {
                let b = bytes[i + k]
                guard b & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(b & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            i += length
        }
        return nil
    }
}
