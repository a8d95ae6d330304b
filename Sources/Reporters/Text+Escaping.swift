import Evaluation
import Foundation
import Messages
import Rules

/// Escaping shared by the report formats.
public enum Escape {
    public static func xml(_ text: String) -> String {
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

    /// A Markdown table cell: pipes escaped and line breaks turned to spaces, so the row stays one row.
    static func markdownCell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    /// RFC 4180: quoted when it holds the separator, a quote or a line break.
    static func csv(_ text: String, separator: Character = ",") -> String {
        guard text.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension Finding {
    /// "254-CTPH/LMHTXVN-HNDVN, II.2: “Có ít nhất 45% …”".
    var citationText: String {
        "\(pack.document.number), \(rule.citation.section): “\(rule.citation.quote)”"
    }
}

extension RecordReference {
    /// `file:line  id  note` in columns, or `file:line id: note` inline; without the place for a
    /// record that is missing (a report never sent, a year).
    func line(of finding: Finding, _ catalogue: any Catalogue, inline: Bool = false) -> String {
        let note = catalogue.note(problem, of: finding)
        let place = position?.lineDescription
        if inline { return (place.map { $0 + " " } ?? "") + "\(id): \(note)" }
        return (place.map { $0 + "  " } ?? "") + "\(id)  \(note)"
    }
}

extension Decimal {
    /// Rounded to `places` decimals, as plain text.
    func plain(_ places: Int) -> String {
        NSDecimalNumber(decimal: rounded(places: places)).stringValue
    }
}
