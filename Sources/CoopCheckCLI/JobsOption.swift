import ArgumentParser
import Foundation

/// `--jobs`: how many cores may read one large data file.
struct JobsOption: ParsableArguments {
    @Option(
        name: .customLong("jobs"),
        help: ArgumentHelp(
            "Cores to read a large CSV file on (default: all; results do not depend on it).", valueName: "N"))
    var count: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard count >= 1 else {
            throw LanguageOption.usageCatalogue(nil).usage(.atLeast(option: "--jobs", minimum: 1, found: count))
        }
    }
}
