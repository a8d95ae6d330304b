import Diagnostics
import Foundation

/// Where a command writes: standard output for results, standard error for messages about the
/// run. Tests pass a console that captures both.
public struct Console: Sendable {
    public let out: @Sendable (String) -> Void
    public let err: @Sendable (String) -> Void
    /// Whether standard output is a terminal that may show colour (and NO_COLOR is not set).
    public let colourAllowed: Bool
    /// Whether standard error is a terminal, where progress lines can be drawn and erased.
    public let showsProgress: Bool
    /// The language the environment asks for, when a command is not given `--lang`.
    public let language: Language
    /// In a GitHub Actions step, the job summary file (`$GITHUB_STEP_SUMMARY`) the GitHub report
    /// appends its Markdown to.
    public let stepSummary: String?

    public init(
        out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
        colourAllowed: Bool = false, showsProgress: Bool = false, language: Language = .en, stepSummary: String? = nil
    ) {
        self.out = out
        self.err = err
        self.colourAllowed = colourAllowed
        self.showsProgress = showsProgress
        self.language = language
        self.stepSummary = stepSummary
    }

    /// The process's standard output and standard error, in the language of its environment.
    public static let standard = Console(
        out: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
        err: { text in FileHandle.standardError.write(Data(text.utf8)) },
        colourAllowed: isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil,
        showsProgress: isatty(2) == 1,
        language: .preferred(by: ProcessInfo.processInfo.environment),
        stepSummary: ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"].flatMap { $0.isEmpty ? nil : $0 })

    /// Shows a transient progress line on a terminal's standard error; nil erases it.
    func progress(_ text: String?) {
        guard showsProgress else { return }
        err("\r\u{1B}[K" + (text.map { "coopcheck: \($0)" } ?? ""))
    }

    /// Writes a line to standard output.
    func line(_ text: String = "") { out(text + "\n") }

    /// Writes a line to standard error.
    func note(_ text: String) { err(text + "\n") }
}
