import DataContract
import Diagnostics
import Expressions
import Foundation

/// Decodes the cells of one data set straight from the bytes of a CSV file: the common spellings
/// (plain digits, ISO and day/month/year dates, true/false, the canonical word of an enumeration)
/// without building a string, everything else through `FieldDecoder`, so the values and the
/// messages are the same whichever path a cell takes.
///
/// Its tables hold plain values only, so that decoders on several cores share nothing they
/// would have to count references to.
struct ByteDecoder {
    let decoder: FieldDecoder
    private let kind: DatasetKind
    /// Per contract field, the shape of its type.
    private let tags: [Tag]
    /// The canonical words of every enumeration as bytes, one after another; per field, which
    /// of `words` are its own.
    private let wordBytes: [UInt8]
    private let words: [(start: Int, count: Int, value: Value)]
    private let wordRanges: [Range<Int>]

    private enum Tag {
        case string, enumeration, bool, integer, decimal, date
    }

    init(kind: DatasetKind, decoder: FieldDecoder) {
        self.decoder = decoder
        self.kind = kind
        var bytes: [UInt8] = []
        var words: [(start: Int, count: Int, value: Value)] = []
        var ranges: [Range<Int>] = []
        var tags: [Tag] = []
        for field in kind.fields {
            let first = words.count
            switch field.type {
            case .string: tags.append(.string)
            case .bool: tags.append(.bool)
            case .integer: tags.append(.integer)
            case .decimal: tags.append(.decimal)
            case .date: tags.append(.date)
            case .enumeration(let domain):
                tags.append(.enumeration)
                for value in domain.values {
                    words.append((bytes.count, value.utf8.count, .string(value)))
                    bytes += value.utf8
                }
            }
            ranges.append(first..<words.count)
        }
        self.tags = tags
        wordBytes = bytes
        self.words = words
        wordRanges = ranges
    }

    /// The value of field `index` written as `bytes`.
    func decode(_ bytes: UnsafeBufferPointer<UInt8>, field index: Int) -> Result<Value, CellProblem> {
        let tag = tags[index]
        guard let first = bytes.first, let last = bytes.last else {
            return .success(tag == .bool && decoder.conventions.checkmarks ? .bool(false) : .null)
        }
        if !Self.isSpace(first), !Self.isSpace(last), let value = fast(bytes, tag, index) {
            return .success(value)
        }
        return decoder.decode(String(decoding: bytes, as: UTF8.self), as: kind.fields[index].type)
    }

    private static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A || b == 0xC2 || b == 0xA0
    }

    /// The value when the text is in a common spelling; nil to take the general path.
    private func fast(_ bytes: UnsafeBufferPointer<UInt8>, _ tag: Tag, _ index: Int) -> Value? {
        switch tag {
        case .string:
            return .string(String(decoding: bytes, as: UTF8.self))
        case .enumeration:
            return wordBytes.withUnsafeBufferPointer { all in
                for k in wordRanges[index]
                where words[k].count == bytes.count
                    && memcmp(all.baseAddress! + words[k].start, bytes.baseAddress!, bytes.count) == 0
                {
                    return words[k].value
                }
                return nil
            }
        case .bool:
            if bytes.count == 1 {
                switch bytes[0] {
                case UInt8(ascii: "1"), UInt8(ascii: "x"): return .bool(true)
                case UInt8(ascii: "0"): return .bool(false)
                default: return nil
                }
            }
            if bytes.count == 4, memcmp(bytes.baseAddress!, "true", 4) == 0 { return .bool(true) }
            if bytes.count == 5, memcmp(bytes.baseAddress!, "false", 5) == 0 { return .bool(false) }
            return nil
        case .integer:
            return Self.integer(bytes).map(Value.integer)
        case .decimal:
            return Self.integer(bytes).map { .decimal(Decimal($0)) }
        case .date:
            return date(bytes).map(Value.date)
        }
    }

    /// Plain digits with an optional minus, at most 18 of them.
    private static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        let negative = bytes[0] == UInt8(ascii: "-")
        let digits = negative ? bytes.count - 1 : bytes.count
        guard digits > 0, digits <= 18 else { return nil }
        var value: Int64 = 0
        for b in bytes[(negative ? 1 : 0)...] {
            guard b >= 48, b <= 57 else { return nil }
            value = value * 10 + Int64(b - 48)
        }
        return negative ? -value : value
    }

    /// `YYYY-MM-DD`, or `D/M/YYYY` when the submission writes dates day first.
    private func date(_ bytes: UnsafeBufferPointer<UInt8>) -> CivilDate? {
        CivilDate.parseISO(utf8: bytes)
            ?? (decoder.conventions.dates == .dayMonthYear ? CivilDate.parseDayMonthYear(utf8: bytes) : nil)
    }
}
