import Expressions

extension Schedule {
    /// Reads a schedule wording; parts may be combined with `,`, `;`, `và` or parentheses
    /// ("Quý IV/2020, hàng năm", "Thường xuyên và 2 năm 1 lần", "Định kỳ hàng năm (trước ngày 15/12)").
    /// Every accepted wording and its meaning is listed in docs/rules.md.
    public static func parse(_ text: String) throws(WordingError) -> Schedule {
        var parser = ScheduleParser(Wording(text))
        return try parser.parse()
    }
}

/// Reads the parts of a schedule wording one by one and combines them.
struct ScheduleParser {
    private let wording: Wording
    private var due: CivilDate?
    private var window: ClosedRange<CivilDate>?
    private var effectiveFrom: CivilDate?
    private var recurrences: [Recurrence] = []
    private var ongoing = false
    /// After "hàng tháng", the bare words of a list ("quý", "năm") are recurrences too.
    private var inRecurrenceList = false

    init(_ wording: Wording) {
        self.wording = wording
    }

    mutating func parse() throws(WordingError) -> Schedule {
        let parts = splitParts()
        guard !parts.isEmpty else { throw WordingError(.emptySchedule, range: wording.whole) }
        for part in parts {
            try read(part)
        }
        if due == nil, let window { due = window.upperBound }
        return Schedule(
            due: due, window: window, effectiveFrom: effectiveFrom, recurrences: recurrences,
            ongoing: ongoing, wording: wording.original)
    }

    /// Splits at `,`, `;`, `(`, `)` and the word `và`, keeping each part's place in the text.
    private func splitParts() -> [Substring] {
        var parts: [Substring] = []
        var start = wording.text.startIndex
        var index = start
        let text = wording.text
        func flush(_ end: Substring.Index) {
            let part = text[start..<end]
            let trimmed = part.drop { $0.isWhitespace }
            let end = trimmed.lastIndex { !$0.isWhitespace }.map { text.index(after: $0) } ?? trimmed.startIndex
            if trimmed.startIndex < end { parts.append(text[trimmed.startIndex..<end]) }
        }
        while index < text.endIndex {
            let character = text[index]
            if ",;()".contains(character) {
                flush(index)
                start = text.index(after: index)
            } else if character == "v", text[index...].hasPrefix("và"),
                index == text.startIndex || text[text.index(before: index)].isWhitespace,
                text[index...].dropFirst(2).first?.isLetter != true
            {
                flush(index)
                start = text.index(index, offsetBy: 2)
                index = start
                continue
            }
            index = text.index(after: index)
        }
        flush(text.endIndex)
        return parts
    }

    private mutating func read(_ part: Substring) throws(WordingError) {
        let range = wording.offsets(of: part.startIndex..<part.endIndex)
        let text = String(part).replacing(Patterns.spaces, with: " ")
        if let quy = part.firstMatch(of: Patterns.fund) {
            throw WordingError(.fundNotQuarter, range: wording.offsets(of: quy.range))
        }
        if text.wholeMatch(of: Patterns.ongoing) != nil {
            ongoing = true
            return
        }
        if let match = text.wholeMatch(of: Patterns.everyPeriod) {
            let word = String(match.1 ?? match.2 ?? "")
            recurrences.append(Recurrence(Self.frequency(word)))
            inRecurrenceList = true
            return
        }
        if inRecurrenceList, let match = text.wholeMatch(of: Patterns.periodWord) {
            recurrences.append(Recurrence(Self.frequency(String(match.0))))
            return
        }
        if text.wholeMatch(of: Patterns.halfYearly) != nil {
            recurrences.append(Recurrence(.halfYearly))
            return
        }
        if text.wholeMatch(of: Patterns.oncePerYear) != nil {
            recurrences.append(Recurrence(.yearly))
            return
        }
        if let match = text.wholeMatch(of: Patterns.everyNYears) {
            let n = Int(match.1 ?? match.2 ?? "") ?? 0
            guard (1...10).contains(n) else { throw WordingError(.recurrenceYears(n), range: range) }
            recurrences.append(Recurrence(n == 1 ? .yearly : .everyYears(n)))
            return
        }
        if let match = text.wholeMatch(of: Patterns.yearlyBefore) {
            let day = Int(match.1 ?? match.3 ?? "")!, month = Int(match.2 ?? match.4 ?? "")!
            try beforeEveryYear(day: day, month: month, range: range)
            return
        }
        if let match = text.wholeMatch(of: Patterns.quarterEveryYear) {
            recurrences.append(Recurrence(.yearly, due: .endOfQuarter(try quarter(String(match.1), range: range))))
            return
        }
        if let match = text.wholeMatch(of: Patterns.quarterOfYear) {
            let q = try quarter(String(match.1), range: range)
            try setDue(CivilDate.lastDay(ofQuarter: q, year: try year(match.2, range: range))!, range: range)
            return
        }
        if let match = text.wholeMatch(of: Patterns.halfOfYear) {
            let y = try year(match.2, range: range)
            try setDue(
                match.1 == "đầu" ? CivilDate(year: y, month: 6, day: 30)! : CivilDate.lastDay(ofYear: y)!, range: range)
            return
        }
        if let match = text.wholeMatch(of: Patterns.monthOfYear) {
            let month = Int(match.1)!
            guard (1...12).contains(month) else { throw WordingError(.noSuchMonth(month), range: range) }
            try setDue(CivilDate.lastDay(ofMonth: month, year: try year(match.2, range: range))!, range: range)
            return
        }
        if let match = text.wholeMatch(of: Patterns.effectiveFrom), let date = try date(String(match.2), range: range) {
            guard effectiveFrom == nil else { throw WordingError(.twoEffectiveFromDates, range: range) }
            effectiveFrom = date.lowerBound
            return
        }
        if let match = text.wholeMatch(of: Patterns.yearSpan) {
            try setWindow(
                CivilDate.firstDay(ofYear: try year(match.1, range: range))!,
                CivilDate.lastDay(ofYear: try year(match.2, range: range))!, range: range)
            return
        }
        if let match = text.wholeMatch(of: Patterns.dateSpan),
            let start = CivilDate.parseISO(match.1), let end = CivilDate.parseISO(match.2)
        {
            try setWindow(start, end, range: range)
            return
        }
        if let match = text.wholeMatch(of: Patterns.dayDeadline) {
            guard let day = try date(String(match.2), range: range)?.lowerBound else { return }
            try setDue(match.1 == nil ? day : day.adding(days: -1), range: range)
            return
        }
        if let match = text.wholeMatch(of: Patterns.yearDeadline) {
            let y = try year(match.1, range: range)
            let isBefore = text.hasPrefix("trước") || text.hasPrefix("before")
            try setDue(isBefore ? CivilDate.lastDay(ofYear: y - 1)! : CivilDate.lastDay(ofYear: y)!, range: range)
            return
        }
        if let match = text.firstMatch(of: /quý ?(\S+)/) {
            _ = try quarter(String(match.1), range: wording.offsets(of: part.startIndex..<part.endIndex))
        }
        throw WordingError(.unreadableSchedule(String(part)), range: range)
    }

    // MARK: - Pieces

    private static func frequency(_ word: String) -> Recurrence.Frequency {
        switch word {
        case "quý", "quarterly", "every quarter": .quarterly
        case "tháng", "monthly", "every month": .monthly
        default: .yearly
        }
    }

    private mutating func beforeEveryYear(day: Int, month: Int, range: Range<Int>) throws(WordingError) {
        guard CivilDate(year: 2000, month: month, day: day) != nil else {
            throw WordingError(.noSuchDay(day: day, month: month), range: range)
        }
        let recurrence = Recurrence(.yearly, due: .before(day: day, month: month))
        // "Định kỳ hàng năm (trước ngày 15/12)": the date refines the yearly recurrence before it.
        if let last = recurrences.last, last.frequency == .yearly, last.due == .endOfPeriod {
            recurrences[recurrences.count - 1] = recurrence
        } else {
            recurrences.append(recurrence)
        }
    }

    private func quarter(_ numeral: String, range: Range<Int>) throws(WordingError) -> Int {
        let quarters = ["i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4]
        guard let q = quarters[numeral] else {
            throw WordingError(.notAQuarter(numeral.uppercased()), range: range)
        }
        return q
    }

    private func year(_ digits: Substring, range: Range<Int>) throws(WordingError) -> Int {
        let y = Int(digits)!
        guard (1900...2200).contains(y) else { throw WordingError(.implausibleYear(y), range: range) }
        return y
    }

    /// A year (its first and last day) or a day; nil when the text is neither.
    private func date(_ text: String, range: Range<Int>) throws(WordingError) -> ClosedRange<CivilDate>? {
        if text.wholeMatch(of: Patterns.plainYear) != nil {
            let y = try year(Substring(text.suffix(4)), range: range)
            return CivilDate.firstDay(ofYear: y)!...CivilDate.lastDay(ofYear: y)!
        }
        if text.wholeMatch(of: Patterns.plainDay) != nil {
            guard let day = CivilDate.parseISO(text) ?? CivilDate.parseDayMonthYear(text) else {
                throw WordingError(.noSuchDate(text), range: range)
            }
            return day...day
        }
        return nil
    }

    private mutating func setDue(_ date: CivilDate, range: Range<Int>) throws(WordingError) {
        guard due == nil, window == nil else {
            throw WordingError(.twoDeadlines, range: range)
        }
        due = date
    }

    private mutating func setWindow(_ start: CivilDate, _ end: CivilDate, range: Range<Int>) throws(WordingError) {
        guard start <= end else { throw WordingError(.windowBackwards, range: range) }
        guard due == nil, window == nil else {
            throw WordingError(.twoDeadlines, range: range)
        }
        window = start...end
    }
}

/// The schedule wordings' patterns, compiled once: building a regex costs far more than matching it.
/// (`Regex` is not marked `Sendable`, but a compiled regex is only read, and its lazy compilation is atomic.)
private enum Patterns {
    nonisolated(unsafe) static let spaces = /\s+/
    nonisolated(unsafe) static let fund = /quỹ/
    nonisolated(unsafe) static let ongoing = /thường xuyên|ongoing|continuous/
    nonisolated(unsafe) static let everyPeriod =
        /(?:định kỳ )?(?:hằng|hàng|mỗi) (năm|quý|tháng)|(yearly|annually|every year|quarterly|every quarter|monthly|every month)/
    nonisolated(unsafe) static let periodWord = /năm|quý|tháng/
    nonisolated(unsafe) static let halfYearly =
        /(?:(?:hằng|hàng|mỗi) )?6 tháng(?: (?:1|một) lần)?|half-yearly|semi-annually/
    nonisolated(unsafe) static let oncePerYear = /(?:hằng |hàng )?(?:1|một) năm(?: (?:1|một) lần)?/
    nonisolated(unsafe) static let everyNYears = /(\d+) năm (?:1|một) lần|every (\d+) years/
    nonisolated(unsafe) static let yearlyBefore =
        /(?:(?:định kỳ )?(?:hằng|hàng) năm,? )?(?:trước|before) (?:ngày )?(\d{1,2})(?:\/| tháng )(\d{1,2})(?: (?:hằng|hàng) năm| every year)?|(?:every year|yearly) before (\d{1,2})\/(\d{1,2})/
    nonisolated(unsafe) static let quarterEveryYear = /(?:quý|q) ([ivx]+|\d) (?:hằng|hàng) năm/
    nonisolated(unsafe) static let quarterOfYear = /(?:đến |by |trong )?(?:quý|q) ?([ivx]+|\d)(?:\/| năm )(\d{4})/
    nonisolated(unsafe) static let halfOfYear = /6 tháng (đầu|cuối) năm (\d{4})/
    nonisolated(unsafe) static let monthOfYear = /(?:đến |by |trong )?tháng (\d{1,2})(?:\/| năm )(\d{4})/
    nonisolated(unsafe) static let effectiveFrom = /(từ|kể từ|from) (?:ngày )?(.+)/
    nonisolated(unsafe) static let yearSpan =
        /(?:năm |giai đoạn |từ năm |từ )?(\d{4}) ?(?:-|–|—|to|đến|đến năm) ?(\d{4})/
    nonisolated(unsafe) static let dateSpan = /(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})/
    nonisolated(unsafe) static let dayDeadline =
        /(trước|before)? ?(?:by |đến |đến ngày |ngày )?(\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2})/
    nonisolated(unsafe) static let yearDeadline = /(?:(?:đến|by|trong|trước|before) )?(?:năm )?(\d{4})/
    nonisolated(unsafe) static let plainYear = /(?:năm )?\d{4}/
    nonisolated(unsafe) static let plainDay = /\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2}/
}
