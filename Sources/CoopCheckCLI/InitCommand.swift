import ArgumentParser
import Foundation
import Messages
import Rules
import SubmissionTemplates

/// `coopcheck init`: a starter submission for a province, to fill in rather than to write.
struct InitCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a starter submission for a province: manifest, workbook with drop-downs, CSV headers.",
        discussion: """
            Writes into DIR the manifest (submission.yaml) filled in for the province and period; \\
            a workbook so-lieu-CODE-YEAR.xlsx with one sheet per data set under its Vietnamese \\
            headers, drop-down lists for every enumeration (loại hình, lĩnh vực, tình trạng, cấp …) \\
            and for the indicators, reports and tasks the rule packs read, the province prefilled in \\
            the units sheet, and the sheet 'Danh mục nghĩa vụ' listing every rule the province is \\
            judged on with its data, owner, target, due date and quote; and csv/*.csv with the same \\
            headers for those who keep CSV files. `coopcheck validate DIR` accepts it as written.

            EXAMPLES:
              coopcheck init --province 68 nop-bao-cao-2025
              coopcheck init --province 67 --period 2024 dak-nong-2024
            """)

    @Option(help: ArgumentHelp("The province code (34 from 1/7/2025, 63 before).", valueName: "CODE"))
    var province: String

    @Option(help: ArgumentHelp("The reporting year (default: last year).", valueName: "YEAR"))
    var period: Int = Calendar(identifier: .gregorian).component(.year, from: Date()) - 1

    @Argument(help: ArgumentHelp("The folder to write the starter submission into.", valueName: "DIR"))
    var folder: String

    @OptionGroup var rules: RulePathOptions

    @OptionGroup var language: LanguageOption

    func validate() throws {
        let c = LanguageOption.usageCatalogue(nil)
        if !(2000...2100).contains(period) { throw c.usage(.between(option: "--period", low: 2000, high: 2100)) }
    }

    func run(console: Console) throws -> ExitStatus {
        let c = language.catalogue(console)
        guard let ruleSet = rules.loadValid(console: console, catalogue: c) else { return .invalidInput }
        guard let template = SubmissionTemplate(province: province, period: period, packs: ruleSet.packs) else {
            console.note(c.notice(.noSuchProvince(province, year: period)))
            return .invalidInput
        }
        if FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("submission.yaml")) {
            console.note(c.notice(.folderHasSubmission(folder)))
            return .invalidInput
        }
        do {
            let files = try template.write(to: folder)
            console.note(c.notice(.generated(files: files, folder: folder)))
            return .success
        } catch {
            console.note(c.notice(.cannotGenerate(folder: folder, reason: (error as NSError).localizedDescription)))
            return .invalidInput
        }
    }
}
