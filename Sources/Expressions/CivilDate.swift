/// A calendar date without time or time zone (proleptic Gregorian), as the documents use them:
/// due dates, founding dates, report arrival dates.
///
/// Stored as a day number so that comparisons and differences are integer operations.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public let dayNumber: Int32

    public init(dayNumber: Int32) {
        self.dayNumber = dayNumber
    }

    /// A date from its components, or nil if they do not name a real day (31/2, month 13, …).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            day >= 1, day <= CivilDate.daysInMonth(month, year: year)
        else { return nil }
        self.dayNumber = Int32(CivilDate.daysFromCivil(year: year, month: month, day: day))
    }

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var day: Int { components.day }
    /// The quarter (1–4) the date falls in.
    public var quarter: Int { (month - 1) / 3 + 1 }

    public var components: (year: Int, month: Int, day: Int) {
        CivilDate.civilFromDays(Int(dayNumber))
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

    /// ISO 8601 form, `YYYY-MM-DD`.
    public var description: String {
        let (y, m, d) = components
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    /// Vietnamese form, `dd/mm/yyyy`.
    public var vietnamese: String {
        let (y, m, d) = components
        return "\(pad(d, 2))/\(pad(m, 2))/\(pad(y, 4))"
    }

    public func adding(days: Int) -> CivilDate {
        CivilDate(dayNumber: dayNumber + Int32(days))
    }

    /// Days from `self` to `other` (positive when `other` is later).
    public func days(to other: CivilDate) -> Int {
        Int(other.dayNumber) - Int(dayNumber)
    }

    public static func firstDay(ofYear year: Int) -> CivilDate? { CivilDate(year: year, month: 1, day: 1) }
    public static func lastDay(ofYear year: Int) -> CivilDate? { CivilDate(year: year, month: 12, day: 31) }
    public static func lastDay(ofMonth month: Int, year: Int) -> CivilDate? {
        guard (1...12).contains(month) else { return nil }
        return CivilDate(year: year, month: month, day: daysInMonth(month, year: year))
    }
    public static func lastDay(ofQuarter quarter: Int, year: Int) -> CivilDate? {
        guard (1...4).contains(quarter) else { return nil }
        return lastDay(ofMonth: quarter * 3, year: year)
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Parses `YYYY-MM-DD` exactly (four-digit year, two-digit month and day).
    public static func parseISO<S: StringProtocol>(_ text: S) -> CivilDate? {
        Array(text.utf8).withUnsafeBufferPointer(parseISO(utf8:))
    }

    /// Parses the Vietnamese `dd/mm/yyyy` form (one- or two-digit day and month, four-digit year).
    public static func parseDayMonthYear<S: StringProtocol>(_ text: S) -> CivilDate? {
        Array(text.utf8).withUnsafeBufferPointer(parseDayMonthYear(utf8:))
    }

    /// `parseISO` on UTF-8 bytes, so a loader can read dates without building strings.
    public static func parseISO(utf8 u: UnsafeBufferPointer<UInt8>) -> CivilDate? {
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"),
            let y = digits(u[0..<4]), let m = digits(u[5..<7]), let d = digits(u[8..<10])
        else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }

    /// `parseDayMonthYear` on UTF-8 bytes.
    public static func parseDayMonthYear(utf8 u: UnsafeBufferPointer<UInt8>) -> CivilDate? {
        let slash = UInt8(ascii: "/")
        guard let first = u.firstIndex(of: slash), let second = u[(first + 1)...].firstIndex(of: slash),
            (1...2).contains(first), (1...2).contains(second - first - 1), u.count - second - 1 == 4,
            let d = digits(u[..<first]), let m = digits(u[(first + 1)..<second]), let y = digits(u[(second + 1)...])
        else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }

    private static func digits(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard !bytes.isEmpty else { return nil }
        var value = 0
        for b in bytes {
            guard b >= 48, b <= 57 else { return nil }
            value = value * 10 + Int(b - 48)
        }
        return value
    }

    // Howard Hinnant's days_from_civil / civil_from_days.
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    private static func civilFromDays(_ z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let s = String(value)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
