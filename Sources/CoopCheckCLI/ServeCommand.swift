import ArgumentParser
import Foundation
import Messages
import Rules
import WebService

/// `coopcheck serve`: the web page and JSON API provinces check their workbooks with.
struct ServeCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the page where a province checks its workbook, and a JSON API for other systems.",
        discussion: """
            The page (Vietnamese; English at /?lang=en) takes the province, the period and the \\
            files — a workbook (.xlsx), CSV files or a .zip of a submission folder — and shows the \\
            problems of the data cell by cell, then the province's scorecard, with the reports to \\
            download. `POST /api/check` takes the same form (multipart `files`, `province`, \\
            `period`) and answers the JSON report of `check --format json`, or 422 with the \\
            validation report. `GET /healthz` answers 200.

            Each upload is checked in a private temporary folder removed with the answer; nothing \\
            is kept. Requests past --max-upload-mb are refused (413), uploads slower than \\
            --upload-seconds too (408), and past --max-checks checks at once the answer is 503 with \\
            Retry-After. With --tokens, each check needs a token that opens its province.

            EXAMPLES:
              coopcheck serve                                  http://127.0.0.1:8080/
              coopcheck serve --host 0.0.0.0 --port 8443 --tokens /etc/coopcheck/tokens.txt
              curl -F files=@so-lieu-2025.xlsx -F province=67 -F period=2025 http://127.0.0.1:8080/api/check
            """)

    @Option(help: "The address to listen on (0.0.0.0 for every interface).")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @Option(name: .customLong("max-upload-mb"), help: ArgumentHelp("The largest upload, in MiB.", valueName: "N"))
    var maxUploadMegabytes = 50

    @Option(name: .customLong("max-checks"), help: ArgumentHelp("Checks run at once.", valueName: "N"))
    var maxChecks = max(2, ProcessInfo.processInfo.activeProcessorCount)

    @Option(
        name: .customLong("upload-seconds"), help: ArgumentHelp("The time an upload may take.", valueName: "N"))
    var uploadSeconds = 60

    @Option(
        help: ArgumentHelp(
            "A file of access tokens, one 'TOKEN PROVINCE' per line (* for every province).", valueName: "FILE"))
    var tokens: String?

    @OptionGroup var rules: RulePathOptions

    @OptionGroup var language: LanguageOption

    func validate() throws {
        let c = LanguageOption.usageCatalogue(nil)
        if !(1...65535).contains(port) { throw c.usage(.between(option: "--port", low: 1, high: 65535)) }
        if maxUploadMegabytes < 1 {
            throw c.usage(.atLeast(option: "--max-upload-mb", minimum: 1, found: maxUploadMegabytes))
        }
        if maxChecks < 1 { throw c.usage(.atLeast(option: "--max-checks", minimum: 1, found: maxChecks)) }
        if uploadSeconds < 1 { throw c.usage(.atLeast(option: "--upload-seconds", minimum: 1, found: uploadSeconds)) }
    }

    func run(console: Console) throws -> ExitStatus {
        let c = language.catalogue(console)
        guard let ruleSet = rules.loadValid(console: console, catalogue: c) else { return .invalidInput }
        var configuration = ServiceConfiguration(packs: ruleSet.packs)
        configuration.host = host
        configuration.port = port
        configuration.limits.maxUploadBytes = maxUploadMegabytes << 20
        configuration.limits.maxConcurrentChecks = maxChecks
        configuration.limits.uploadSeconds = uploadSeconds
        if let tokens {
            let text: String
            do {
                text = try String(contentsOfFile: tokens, encoding: .utf8)
            } catch {
                console.note(c.notice(.cannotRead(file: tokens, reason: (error as NSError).localizedDescription)))
                return .invalidInput
            }
            switch AccessTokens.parse(text) {
            case .success(let parsed): configuration.tokens = parsed
            case .failure(let error):
                console.note(c.notice(.badTokenLine(file: tokens, line: error.line)))
                return .invalidInput
            }
        }
        let address = "http://\(host):\(port)/"
        let packs = ruleSet.packs.count
        if let error = CheckService.serve(
            configuration,
            onRunning: {
                console.note(c.notice(.serving(address: address, packs: packs)))
            })
        {
            console.note(c.notice(.cannotServe(reason: "\(error)")))
            return .invalidInput
        }
        return .success
    }
}
