import Expressions

/// A duty that comes back every period: "hằng năm", "Quý III hằng năm", "trước ngày 15/12 hằng năm",
/// "6 tháng", "2 năm 1 lần".
public struct Recurrence: Hashable, Sendable {
    public enum Frequency: Hashable, Sendable {
        case monthly, quarterly, halfYearly, yearly
        /// Every n calendar years, counted from the start of the evaluation window.
        case everyYears(Int)
    }

    /// The last day, within or after a period, by which its duty must be done.
    public enum Due: Hashable, Sendable {
        /// By the period's last day.
        case endOfPeriod
        /// Strictly before a day of the year: `before(day: 15, month: 12)` is met on 14/12 at the latest.
        case before(day: Int, month: Int)
        /// By the last day of a quarter of the year ("Quý III hằng năm").
        case endOfQuarter(Int)
    }

    /// One period of a recurrence and the last day its duty counts as on time.
    public struct Occurrence: Hashable, Sendable {
        public let periodStart: CivilDate
        public let periodEnd: CivilDate
        public let lastDay: CivilDate
    }

    public let frequency: Frequency
    public let due: Due

    public init(_ frequency: Frequency, due: Due = .endOfPeriod) {
        self.frequency = frequency
        self.due = due
    }

    /// The periods from the one containing `start` whose last on-time day is on or before `end`.
    public func occurrences(from start: CivilDate, through end: CivilDate) -> [Occurrence] {
        var result: [Occurrence] = []
        var periodStart = firstPeriodStart(containing: start)
        while periodStart <= end {
            let next = nextPeriodStart(after: periodStart)
            let periodEnd = next.adding(days: -1)
            let last = lastDay(ofPeriodStarting: periodStart, ending: periodEnd)
            if last > end { break }
            result.append(Occurrence(periodStart: periodStart, periodEnd: periodEnd, lastDay: last))
            periodStart = next
        }
        return result
    }

    private var months: Int {
        switch frequency {
        case .monthly: 1
        case .quarterly: 3
        case .halfYearly: 6
        case .yearly: 12
        case .everyYears(let n): 12 * max(n, 1)
        }
    }

    private func firstPeriodStart(containing date: CivilDate) -> CivilDate {
        if case .everyYears = frequency { return CivilDate(year: date.year, month: 1, day: 1)! }
        let month = (date.month - 1) / months * months + 1
        return CivilDate(year: date.year, month: month, day: 1)!
    }

    private func nextPeriodStart(after start: CivilDate) -> CivilDate {
        let total = start.year * 12 + (start.month - 1) + months
        return CivilDate(year: total / 12, month: total % 12 + 1, day: 1)!
    }

    /// The last on-time day of a period. "Before dd/mm" is the first dd/mm after the start of the
    /// period's last year, less a day: before 15/12 is 14/12 of that year, before 01/01 is 31/12.
    private func lastDay(ofPeriodStarting periodStart: CivilDate, ending periodEnd: CivilDate) -> CivilDate {
        switch due {
        case .endOfPeriod:
            return periodEnd
        case .before(let day, let month):
            let reference = max(periodStart, CivilDate(year: periodEnd.year, month: 1, day: 1)!)
            func date(_ year: Int) -> CivilDate {
                CivilDate(year: year, month: month, day: min(day, CivilDate.daysInMonth(month, year: year)))!
            }
            let first = date(reference.year)
            return (first > reference ? first : date(reference.year + 1)).adding(days: -1)
        case .endOfQuarter(let quarter):
            return CivilDate.lastDay(ofQuarter: quarter, year: periodEnd.year)!
        }
    }

    /// The symbolic wording, which parses back to the same recurrence.
    public var canonical: String {
        let every =
            switch frequency {
            case .monthly: "monthly"
            case .quarterly: "quarterly"
            case .halfYearly: "half-yearly"
            case .yearly: "yearly"
            case .everyYears(let n): "every \(n) years"
            }
        return switch due {
        case .endOfPeriod: every
        case .before(let day, let month): "yearly before \(Self.dayMonth(day, month))"
        case .endOfQuarter(let quarter): "quý \(Self.roman[quarter - 1]) hằng năm"
        }
    }

    public static let roman = ["I", "II", "III", "IV"]

    public static func dayMonth(_ day: Int, _ month: Int) -> String {
        (day < 10 ? "0" : "") + "\(day)/" + (month < 10 ? "0" : "") + "\(month)"
    }

    /// The last day a duty due strictly before `day`/`month` is on time, as `dd/mm`: `14/12` for
    /// "trước ngày 15/12" (counted in a leap year, so before 01/03 is 29/02).
    public static func lastDayMonth(before day: Int, _ month: Int) -> String {
        let last = CivilDate(year: 2000, month: month, day: day)!.adding(days: -1)
        return dayMonth(last.day, last.month)
    }
}
