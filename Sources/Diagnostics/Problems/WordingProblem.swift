/// A target, schedule or number wording that cannot be read.
public enum WordingProblem: Hashable, Sendable {
    // Schedules ("Quý IV/2020", "trước ngày 15/12 hằng năm").
    case emptySchedule
    case fundNotQuarter
    case recurrenceYears(Int)
    case noSuchMonth(Int)
    case twoEffectiveFromDates
    case unreadableSchedule(String)
    case noSuchDay(day: Int, month: Int)
    case notAQuarter(String)
    case implausibleYear(Int)
    case noSuchDate(String)
    case twoDeadlines
    case windowBackwards
    // Targets ("ít nhất 45%", ">= 45%").
    case emptyTarget
    case orMoreContradicts
    case rangeUnitsDiffer
    case growthNeedsTimes
    case fromNeedsEnd(figure: String)
    case rangeBackwards(low: String, high: String?)
    case rangeAfterComparison(figure: String)
    case aboutZero
    case betweenNeedsAnd
    case figureExpected
    case unreadableAfterFigure(String)
    case unreadablePhrase(String, suggestion: String?)
    // Numbers ("4.000", "1,5").
    case notANumber(String, explain: Bool)
    case ambiguousNumber(String, whole: String, fraction: String)
}
