import Foundation

/// The words of `coopcheck serve`'s page: its form, its result and its downloads.
public enum WebText: Hashable, Sendable {
    case title
    case intro
    /// Files are checked in a private folder and deleted with the answer.
    case privacy
    case province
    case mapSince2025
    case mapUntil2025
    case period
    case files
    case filesHint
    case token
    case check
    /// The link to the page in the other language, named in that language.
    case otherLanguage
    case template
    /// What was checked: the files' names, the province and the period.
    case resultHeading(files: [String], province: String, period: String)
    case problems
    case noProblems
    case invalid(errors: Int)
    case placeColumn, severityColumn, messageColumn, sheetColumn, cellColumn
    case downloads
    case downloadHTML, downloadJSON, downloadCSV
    /// The uploaded workbook given back with its problems marked.
    case downloadMarked
    case checkAgain
    case refused
    case summary
    /// The share of the targets now due that are met; nil when none is due.
    case dueMet(Decimal?)
    case worstGaps
    case noGaps
}
