import ArgumentParser
import Diagnostics
import Messages

/// `--lang vi|en`: the language of everything a command prints for people. By default the
/// environment's: Vietnamese when `LC_ALL`, `LC_MESSAGES` or `LANG` starts with `vi`, English otherwise.
struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            "Language of messages: vi or en (default: from LC_ALL, LC_MESSAGES or LANG; vi when it starts with 'vi').",
            valueName: "LANG"),
        transform: LanguageOption.parse)
    var language: Language?

    static func parse(_ text: String) throws -> Language {
        guard let language = Language(rawValue: text.lowercased()) else {
            throw ValidationError(usageCatalogue(nil).phrase(.notice(.usage(.unknownLanguage(text)))))
        }
        return language
    }

    /// The language to print in on `console`.
    func resolved(_ console: Console) -> Language { language ?? console.language }

    /// The catalogue to print in on `console`.
    func catalogue(_ console: Console) -> any Catalogue { Catalogues.of(resolved(console)) }

    /// The catalogue of usage errors, which are found before a console is at hand.
    var usage: any Catalogue { Self.usageCatalogue(language) }

    /// The language of the console the command line is parsed for: what usage errors are said in
    /// when `--lang` is not (yet) given. `CoopCheckMain.run` sets it.
    @TaskLocal static var consoleLanguage: Language = .en

    static func usageCatalogue(_ language: Language?) -> any Catalogue {
        Catalogues.of(language ?? consoleLanguage)
    }
}

extension Catalogue {
    /// A usage error for `validate()`, in this language.
    func usage(_ usage: Notice.Usage) -> ValidationError {
        ValidationError(phrase(.notice(.usage(usage))))
    }

    func notice(_ notice: Notice) -> String { phrase(.notice(notice)) }
}
