import Expressions

/// When an obligation is due: a deadline, a window, an effective-from date, recurring deadlines,
/// or an ongoing duty — read from the document's wording ("Quý IV/2020", "Năm 2024-2025",
/// "Từ năm 2025", "trước ngày 15/12 hằng năm", "Thường xuyên").
public struct Schedule: Hashable, Sendable {
    /// The last day allowed ("2030" is 31/12/2030; a window's due day is its last day).
    public let due: CivilDate?
    /// The years within which the work is done ("Năm 2024-2025" is 01/01/2024…31/12/2025).
    public let window: ClosedRange<CivilDate>?
    /// The first day the obligation applies ("Từ năm 2025" is 01/01/2025).
    public let effectiveFrom: CivilDate?
    public let recurrences: [Recurrence]
    /// A continuous duty ("Thường xuyên") with no date to check.
    public let ongoing: Bool
    /// The wording as written in the rule.
    public let wording: String

    public init(
        due: CivilDate? = nil, window: ClosedRange<CivilDate>? = nil, effectiveFrom: CivilDate? = nil,
        recurrences: [Recurrence] = [], ongoing: Bool = false, wording: String
    ) {
        self.due = due
        self.window = window
        self.effectiveFrom = effectiveFrom
        self.recurrences = recurrences
        self.ongoing = ongoing
        self.wording = wording
    }

    /// The symbolic wording, which parses back to the same schedule.
    public var canonical: String {
        var parts: [String] = []
        if let window {
            parts.append("\(window.lowerBound) to \(window.upperBound)")
        } else if let due {
            parts.append("by \(due)")
        }
        if let effectiveFrom { parts.append("from \(effectiveFrom)") }
        parts += recurrences.map(\.canonical)
        if ongoing { parts.append("ongoing") }
        return parts.joined(separator: "; ")
    }
}
