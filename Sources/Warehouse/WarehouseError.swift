/// What can go wrong reading submissions from a database: each names where, so the message can
/// say what to do.
public enum WarehouseError: Error, Hashable, Sendable {
    /// The database could not be reached or refused the login.
    case unreachable(reason: String)
    /// The engine refused a query (a table or column missing, a type it cannot compare).
    case queryFailed(reason: String, query: String)
    /// A cell of a result is not a value of its column's type.
    case badCell(table: String, column: String, text: String)
    /// The submissions table holds no submission.
    case noSubmissions(table: String)
    /// No submission has this id; `known` are those that do exist.
    case unknownSubmission(String, known: [String])
}
