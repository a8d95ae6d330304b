import Foundation

/// Why a history file cannot be opened, read or written. Every case names the file.
public enum HistoryError: Error, Sendable, CustomStringConvertible {
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

    public var description: String {
        switch self {
        case .missing(let file):
            "\(file): error: no history here; record a run first with 'coopcheck run --config FILE' (or give --history)"
        case .unreadable(let file, let reason):
            "\(file): error: not a readable coopcheck history (\(reason)); give another --history, or move this file away to start a new one"
        case .newerSchema(let file):
            "\(file): error: this history was written by a newer coopcheck; use that version to read it"
        case .noSuchRun(let file, let id, let known):
            "\(file): error: no run \(id) in the history; "
                + (known.map { "runs \($0.lowerBound) to \($0.upperBound) are recorded (see 'coopcheck history')" }
                    ?? "no run is recorded yet")
        case .notEnoughRuns(let file, let count):
            "\(file): error: a comparison needs two runs and the history holds \(count); record another with 'coopcheck run'"
        case .sameRun(let file, let id):
            "\(file): error: both runs to compare are run \(id); give two different runs (see 'coopcheck history')"
        case .writeFailed(let file, let reason):
            "\(file): error: cannot record the run (\(reason)); the earlier runs are unchanged"
        }
    }
}
