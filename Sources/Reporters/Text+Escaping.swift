import Evaluation
import Foundation
import Rules

/// Escaping and wording shared by the report formats.
enum Escape {
    static func xml(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case let s where s.value < 0x20 && s != "\n" && s != "\t": out += "?"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func markdownCell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    /// RFC 4180: quoted when it holds a comma, quote or line break.
    static func csv(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension Finding {
    /// The message in the report's language.
    func message(_ language: ReportLanguage) -> String {
        language == .vi ? messageVietnamese : message
    }

    func title(_ language: ReportLanguage) -> String {
        language == .vi ? rule.title : rule.titleEnglish
    }

    /// "II. Mục tiêu — “Có ít nhất 45% …” (254-CTPH/LMHTXVN-HNDVN)".
    var citationText: String {
        "\(pack.document.number), \(rule.citation.section): “\(rule.citation.quote)”"
    }

    /// The target in canonical form, or a short description for forms without one.
    var targetText: String {
        target.map { "\($0.canonical) (\($0.wording))" } ?? ""
    }
}

extension Decimal {
    /// Rounded to `places` decimals, as plain text.
    func plain(_ places: Int) -> String {
        var input = self
        var output = Decimal()
        NSDecimalRound(&output, &input, places, .plain)
        return NSDecimalNumber(decimal: output).stringValue
    }
}
