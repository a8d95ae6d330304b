import ArgumentParser
import Foundation
import Messages
import SyntheticData

/// `coopcheck generate`: a large synthetic submission for benchmarks and scale tests.
struct GenerateCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a large synthetic national submission (deterministic for a seed).",
        discussion: """
            Writes submission.yaml, units.csv (provinces, districts, communes), cooperatives.csv and \
            reports.csv into the output folder. The same options always give byte-identical files.

            EXAMPLES:
              coopcheck generate --cooperatives 1000000 --seed 7 --out /tmp/national-1m
              coopcheck generate --cooperatives 5000 --provinces 3 --out /tmp/small
            """)

    @Option(help: "Number of cooperatives (HTX, THT and LHHTX) to write.")
    var cooperatives = 10_000

    @Option(help: "Seed of the random generator.")
    var seed: UInt64 = 1

    @Option(help: "Number of provinces (each with 8 districts of 12 communes).")
    var provinces = 63

    @Option(help: ArgumentHelp("The folder to write (created if needed).", valueName: "DIR"))
    var out: String

    @OptionGroup var language: LanguageOption

    func validate() throws {
        let c = language.usage
        guard cooperatives >= 0 else {
            throw c.usage(.atLeast(option: "--cooperatives", minimum: 0, found: cooperatives))
        }
        guard (1...1000).contains(provinces) else { throw c.usage(.between(option: "--provinces", low: 1, high: 1000)) }
    }

    func run(console: Console) throws -> ExitStatus {
        do {
            let files = try SubmissionGenerator(cooperatives: cooperatives, seed: seed, provinces: provinces).write(
                to: out)
            console.note(language.catalogue(console).notice(.generated(files: files, folder: out)))
            return .success
        } catch {
            console.note(
                language.catalogue(console).notice(.cannotGenerate(folder: out, reason: error.localizedDescription)))
            return .invalidInput
        }
    }
}
