import Foundation

/// Numbers as Vietnamese documents write them: a dot groups thousands ("4.000" is four
/// thousand) and a comma marks decimals ("1,5" is one and a half). Parsed exactly, never
/// through floating point.
public enum VietnameseNumber {
    /// Parses a number such as `750`, `4.000`, `1.000.000`, `1,5`, `12,5` or `1.500,5`. A dot
    /// not followed by exactly three digits is a decimal point (`1.5`), as in symbolic targets.
    /// `1,500` is rejected as ambiguous.
    public static func parse(_ text: String) throws(WordingError) -> Decimal {
        let wording = Wording(text)
        return try parse(wording.text, range: wording.whole)
    }

    static func parse(_ text: Substring, range: Range<Int>) throws(WordingError) -> Decimal {
        let groups = text.split(separator: ",", omittingEmptySubsequences: false)
        guard !text.isEmpty, groups.count <= 2, groups.allSatisfy({ !$0.isEmpty }),
            text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") })
        else {
            throw WordingError(.notANumber(String(text), explain: true), range: range)
        }
        let whole = groups[0].split(separator: ".", omittingEmptySubsequences: false)
        var integerDigits = ""
        var fraction = groups.count == 2 ? String(groups[1]) : ""
        if whole.count > 1, whole.dropFirst().allSatisfy({ $0.count == 3 }), !whole[0].isEmpty, whole[0].count <= 3 {
            integerDigits = whole.joined()
        } else if whole.count == 2, groups.count == 1, !whole[0].isEmpty, !whole[1].isEmpty {
            integerDigits = String(whole[0])
            fraction = String(whole[1])
        } else if whole.count == 1, !whole[0].isEmpty {
            integerDigits = String(whole[0])
        } else {
            throw WordingError(.notANumber(String(text), explain: true), range: range)
        }
        if groups.count == 2, whole.count == 1, fraction.count == 3 {
            throw WordingError(
                .ambiguousNumber(String(text), whole: String(groups[0]), fraction: fraction), range: range)
        }
        guard
            let value = Decimal(
                string: fraction.isEmpty ? integerDigits : integerDigits + "." + fraction,
                locale: Locale(identifier: "en_US_POSIX"))
        else {
            throw WordingError(.notANumber(String(text), explain: false), range: range)
        }
        return value
    }

    /// `1.500`, `12,5`: Vietnamese formatting, for messages in Vietnamese.
    public static func format(_ value: Decimal) -> String {
        format(value, thousands: ".", decimal: ",")
    }

    /// `1,500`, `12.5`: English formatting, for messages in English.
    public static func formatEnglish(_ value: Decimal) -> String {
        format(value, thousands: ",", decimal: ".")
    }

    private static func format(_ value: Decimal, thousands: String, decimal: String) -> String {
        let plain = NSDecimalNumber(decimal: value).stringValue
        let negative = plain.hasPrefix("-")
        let digits = negative ? String(plain.dropFirst()) : plain
        let parts = digits.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var grouped = ""
        while integer.count > 3 {
            grouped = thousands + integer.suffix(3) + grouped
            integer = String(integer.dropLast(3))
        }
        grouped = integer + grouped
        let fraction = parts.count == 2 ? decimal + parts[1] : ""
        return (negative ? "-" : "") + grouped + fraction
    }
}
