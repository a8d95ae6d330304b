import ArgumentParser
import Diagnostics

/// A coopcheck command: runs against a console and returns its exit status instead of printing
/// and exiting itself, so tests can run it in-process.
protocol ConsoleCommand: ParsableCommand {
    func run(console: Console) throws -> ExitStatus
}

/// The command line's entry point, shared by the `coopcheck` executable and the tests.
public enum CoopCheckMain {
    /// Parses `arguments` (without the program name), runs the command and returns the exit code.
    /// Usage errors exit with 2, like invalid input; `--help` exits with 0.
    public static func run(_ arguments: [String], console: Console = .standard) -> Int32 {
        let language = requestedLanguage(arguments) ?? console.language
        return LanguageOption.$consoleLanguage.withValue(language) { parseAndRun(arguments, console: console) }
    }

    /// The language `--lang` asks for, read ahead of parsing so that errors found while parsing
    /// (in any option's `validate()`) are said in it too; nil when absent or not a language.
    static func requestedLanguage(_ arguments: [String]) -> Language? {
        var value: String?
        for (i, argument) in arguments.enumerated() {
            if argument == "--" { break }
            if argument == "--lang", i + 1 < arguments.count {
                value = arguments[i + 1]
            } else if argument.hasPrefix("--lang=") {
                value = String(argument.dropFirst("--lang=".count))
            }
        }
        return value.flatMap { Language(rawValue: $0.lowercased()) }
    }

    private static func parseAndRun(_ arguments: [String], console: Console) -> Int32 {
        do {
            var command = try CoopCheck.parseAsRoot(arguments)
            if let command = command as? any ConsoleCommand {
                return try command.run(console: console).rawValue
            }
            try command.run()
            return ExitStatus.success.rawValue
        } catch {
            let message = CoopCheck.fullMessage(for: error)
            let code = CoopCheck.exitCode(for: error)
            if code == .success {
                if !message.isEmpty { console.line(message) }
                return ExitStatus.success.rawValue
            }
            if !message.isEmpty { console.note(message) }
            return code == .failure || code == .validationFailure ? ExitStatus.invalidInput.rawValue : code.rawValue
        }
    }
}
