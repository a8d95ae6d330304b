import Foundation

/// Why a history file cannot be opened, read or written. Every case names the file; the message
/// catalogues say it in each language.
public enum HistoryError: Error, Sendable {
    /// No history at the path (for commands that only read one).
    case missing(file: String)
    /// The file is not a SQLite database, or is damaged.
    case unreadable(file: String, reason: String)
    /// The history was written by a newer coopcheck, whose schema this one does not know.
    case newerSchema(file: String)
    /// No run with this id.
    case noSuchRun(file: String, id: Int64, known: ClosedRange<Int64>?)
    /// A comparison needs two runs and the history holds fewer.
    case notEnoughRuns(file: String, count: Int)
    /// A run compared with itself.
    case sameRun(file: String, id: Int64)
    case writeFailed(file: String, reason: String)
    /// The file is a database of another program (or another kind of file coopcheck wrote):
    /// nothing is written to it.
    case notAHistory(file: String)
}
