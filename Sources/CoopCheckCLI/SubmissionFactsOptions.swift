import ArgumentParser
import DataLoading
import Expressions

/// `--province`, `--period`, `--unit`, `--prepared-on`: what a manifest says, for a workbook
/// given without one. A workbook's `submission` sheet may say the same; the options win.
struct SubmissionFactsOptions: ParsableArguments {
    @Option(help: ArgumentHelp("For a workbook: the province code the data is about (e.g. 67).", valueName: "CODE"))
    var province: String?

    @Option(
        help: ArgumentHelp(
            "For a workbook: the reporting period, a year (2025) or a span of years (2021-2025).", valueName: "PERIOD"))
    var period: String?

    @Option(help: ArgumentHelp("For a workbook: the submitting unit (default: the province).", valueName: "CODE"))
    var unit: String?

    @Option(
        name: .customLong("prepared-on"),
        help: ArgumentHelp(
            "For a workbook: the day the data was prepared (default: the period's end).", valueName: "DATE"))
    var preparedOn: String?

    func validate() throws {
        let c = LanguageOption.usageCatalogue(nil)
        if let period, Manifest.period(period) == nil {
            throw c.usage(.notAPeriod(option: "--period", found: period))
        }
        if let preparedOn, Manifest.date(preparedOn) == nil {
            throw c.usage(.notADate(option: "--prepared-on", found: preparedOn))
        }
    }

    /// The facts as the library takes them.
    var facts: SubmissionFacts {
        SubmissionFacts(
            unit: unit, province: province, period: period.flatMap(Manifest.period),
            preparedOn: preparedOn.flatMap(Manifest.date))
    }
}
