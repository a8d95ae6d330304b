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
            reports.csv into the output folder. The same options always give byte-identical files. \
            With --map 2025 the submission follows the map from 1/7/2025: the 34 official provinces \
            and cities with their communes directly under them, no district level, period 2026.

            EXAMPLES:
              coopcheck generate --cooperatives 1000000 --seed 7 --out /tmp/national-1m
              coopcheck generate --cooperatives 5000 --provinces 3 --out /tmp/small
              coopcheck generate --map 2025 --cooperatives 100000 --out /tmp/national-2026
            """)

    @Option(help: "Number of cooperatives (HTX, THT and LHHTX) to write.")
    var cooperatives = 10_000

    @Option(help: "Seed of the random generator.")
    var seed: UInt64 = 1

    @Option(
        help:
            "Number of provinces (each with 8 districts of 12 communes; on the 2025 map 96 communes). (default: 63, or 34 with --map 2025)"
    )
    var provinces: Int?

    @Option(help: "The administrative map: 2020 (provinces, districts, communes) or 2025 (34 provinces, communes).")
    var map: GeneratedMap = .map2020

    @Option(help: ArgumentHelp("The folder to write (created if needed).", valueName: "DIR"))
    var out: String

    @OptionGroup var language: LanguageOption

    func validate() throws {
        let c = language.usage
        guard cooperatives >= 0 else {
            throw c.usage(.atLeast(option: "--cooperatives", minimum: 0, found: cooperatives))
        }
        let most = map == .map2025 ? 34 : 1000
        if let provinces, !(1...most).contains(provinces) {
            throw c.usage(.between(option: "--provinces", low: 1, high: most))
        }
    }

    func run(console: Console) throws -> ExitStatus {
        do {
            let generator = SubmissionGenerator(
                cooperatives: cooperatives, seed: seed, provinces: provinces ?? (map == .map2025 ? 34 : 63), map: map)
            let files = try generator.write(to: out)
            console.note(language.catalogue(console).notice(.generated(files: files, folder: out)))
            return .success
        } catch {
            console.note(
                language.catalogue(console).notice(.cannotGenerate(folder: out, reason: error.localizedDescription)))
            return .invalidInput
        }
    }
}

extension GeneratedMap: ExpressibleByArgument {}
