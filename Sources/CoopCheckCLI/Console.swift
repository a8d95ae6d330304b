import Foundation

/// Where a command writes: standard output for results, standard error for messages about the
/// run. Tests pass a console that captures both.
public struct Console: Sendable {
    public let out: @Sendable (String) -> Void
    public let err: @Sendable (String) -> Void

    public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void) {
        self.out = out
        self.err = err
    }

    /// The process's standard output and standard error.
    public static let standard = Console(
        out: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
        err: { text in FileHandle.standardError.write(Data(text.utf8)) })

    /// Writes a line to standard output.
    func line(_ text: String = "") { out(text + "\n") }

    /// Writes a line to standard error.
    func note(_ text: String) { err(text + "\n") }
}
