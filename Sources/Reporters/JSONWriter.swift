import Diagnostics
import Expressions
import Foundation
import Targets

/// A JSON value with object keys kept in the order given, rendered the same way every time.
indirect enum JSON {
    case object([(String, JSON)])
    case array([JSON])
    case string(String)
    /// A number already formatted (no exponent, no float noise).
    case number(String)
    case bool(Bool)
    case null

    static func decimal(_ value: Decimal?) -> JSON {
        guard let value else { return .null }
        return .number(NSDecimalNumber(decimal: value.rounded(places: 6)).stringValue)
    }

    static func optional(_ text: String?) -> JSON {
        text.map { .string($0) } ?? .null
    }

    /// `{"en": …, "vi": …}`: a text in both languages.
    static func localized(_ text: LocalizedText) -> JSON {
        .object([("en", .string(text.en)), ("vi", .string(text.vi))])
    }

    static func integer(_ value: Int) -> JSON { .number("\(value)") }

    static func date(_ date: CivilDate?) -> JSON { optional(date?.description) }

    func rendered(indent: Int = 0) -> String {
        var out = ""
        render(into: &out, indent: indent)
        return out
    }

    /// Appends the value to one buffer, so nested values are not built as strings of their own.
    func render(into out: inout String, indent: Int) {
        switch self {
        case .object(let pairs):
            guard !pairs.isEmpty else { return out += "{}" }
            out += "{\n"
            for (i, pair) in pairs.enumerated() {
                JSON.pad(&out, indent + 1)
                JSON.quote(pair.0, into: &out)
                out += ": "
                pair.1.render(into: &out, indent: indent + 1)
                out += i == pairs.count - 1 ? "\n" : ",\n"
            }
            JSON.pad(&out, indent)
            out += "}"
        case .array(let items):
            guard !items.isEmpty else { return out += "[]" }
            out += "[\n"
            for (i, item) in items.enumerated() {
                JSON.pad(&out, indent + 1)
                item.render(into: &out, indent: indent + 1)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            JSON.pad(&out, indent)
            out += "]"
        case .string(let s): JSON.quote(s, into: &out)
        case .number(let n): out += n
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        }
    }

    private static func pad(_ out: inout String, _ indent: Int) {
        for _ in 0..<indent { out += "  " }
    }

    static func quote(_ text: String) -> String {
        var out = ""
        quote(text, into: &out)
        return out
    }

    /// Appends the text as a JSON string; text with nothing to escape is appended whole.
    static func quote(_ text: String, into out: inout String) {
        out += "\""
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let s where s.value < 0x20: out += String(format: "\\u%04x", s.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
