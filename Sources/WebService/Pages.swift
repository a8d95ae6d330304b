import AdministrativeMap
import DataLoading
import Diagnostics
import Evaluation
import Foundation
import Messages
import Reporters

/// The pages of `coopcheck serve`, Vietnamese first: the form, the result of a check, a refusal.
/// Every user string is escaped; nothing needs a script, and the only style is `/style.css`.
enum Pages {
    static let style =
        HTMLReporter.style + "\n"
            + """
            form{border:1px solid #999;padding:1em;margin:1em 0;max-width:40em}
            label{display:block;margin:.6em 0 .2em;font-weight:bold}
            select,input,button{font-size:1em;max-width:100%}
            button{margin-top:1em;padding:.4em 1.2em}
            .lang{float:right}.problems td:first-child{white-space:nowrap}
            .downloads a{margin-right:1em}
            """

    /// The stylesheet, and no icon to fetch.
    static let head = "<link rel=\"stylesheet\" href=\"/style.css\">\n<link rel=\"icon\" href=\"data:,\">\n"

    /// Up to this many problems are listed on the page; the JSON download has all.
    static let shownProblems = 500

    static func form(_ c: any Catalogue, csrf: String, tokens: Bool, year: Int) -> String {
        let w = { (text: WebText) in Escape.xml(c.phrase(.web(text))) }
        var body = languageLink(c, path: "/")
        body += "<h1>\(w(.title))</h1>\n<p>\(w(.intro))</p>\n"
        body += "<form method=\"post\" action=\"/check?lang=\(c.language.rawValue)\" enctype=\"multipart/form-data\">\n"
        body += "<input type=\"hidden\" name=\"csrf\" value=\"\(Escape.xml(csrf))\">\n"
        body += provinceAndPeriod(w, year: year, prefix: "")
        body += "<label for=\"files\">\(w(.files))</label>\n"
        body +=
            "<input id=\"files\" type=\"file\" name=\"files\" multiple required accept=\".xlsx,.ods,.csv,.zip,.yaml,.yml,.json\">\n"
        body += "<p class=\"small\">\(w(.filesHint))</p>\n"
        if tokens {
            body += "<label for=\"token\">\(w(.token))</label>\n"
            body += "<input id=\"token\" name=\"token\" type=\"password\" autocomplete=\"off\" required>\n"
        }
        body += "<button type=\"submit\">\(w(.check))</button>\n</form>\n<p class=\"small\">\(w(.privacy))</p>\n"
        body += "<form method=\"get\" action=\"/template\">\n" + provinceAndPeriod(w, year: year, prefix: "template-")
        body += "<button type=\"submit\">\(w(.template))</button>\n</form>\n"
        return HTMLReporter.document(title: c.phrase(.web(.title)), language: c.language, head: head, body: body)
    }

    /// The province list (both maps) and the period list, for the check and the template forms.
    static func provinceAndPeriod(_ w: (WebText) -> String, year: Int, prefix: String) -> String {
        var out = "<label for=\"\(prefix)province\">\(w(.province))</label>\n"
        out += "<select id=\"\(prefix)province\" name=\"province\" required>\n"
        for (label, provinces) in [
            (w(.mapSince2025), AdministrativeMap.provinces(on: AdministrativeMap.reorganised)),
            (w(.mapUntil2025), AdministrativeMap.provinces(on: AdministrativeMap.reorganised.adding(days: -1))),
        ] {
            out += "<optgroup label=\"\(label)\">\n"
            for province in provinces {
                out += "<option value=\"\(province.code)\">\(province.code) — \(Escape.xml(province.name))</option>\n"
            }
            out += "</optgroup>\n"
        }
        out += "</select>\n<label for=\"\(prefix)period\">\(w(.period))</label>\n"
        out += "<select id=\"\(prefix)period\" name=\"period\">\n"
        for candidate in (2020...(year + 1)).reversed() {
            out += "<option\(candidate == year - 1 ? " selected" : "")>\(candidate)</option>\n"
        }
        return out + "</select>\n"
    }

    static func result(_ check: SubmissionCheck, _ c: any Catalogue, options: ReportOptions) -> String {
        let w = { (text: WebText) in Escape.xml(c.phrase(.web(text))) }
        var body = languageLink(c, path: "/")
        body +=
            "<h1>\(w(.resultHeading(files: check.files, province: check.province, period: check.period)))</h1>\n"
        body += "<h2>\(w(.problems))</h2>\n" + HTMLReporter.problems(check.report.diagnostics, c, shown: shownProblems)
        if let marked = check.marked {
            let data = marked.data.base64EncodedString()
            body += "<p class=\"downloads\"><a download=\"\(Escape.xml(marked.name))\" "
            body += "href=\"data:application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;base64,\(data)\">"
            body += "\(w(.downloadMarked))</a></p>\n"
        }
        if let result = check.result {
            body += downloads(result, c, options: options)
            body += HTMLReporter.body(result, options: options)
        } else {
            body +=
                "<p class=\"violated\"><strong>\(w(.invalid(errors: check.report.diagnostics.errorCount)))</strong></p>\n"
        }
        body += "<p><a href=\"/?lang=\(c.language.rawValue)\">\(w(.checkAgain))</a></p>\n"
        return HTMLReporter.document(title: c.phrase(.web(.title)), language: c.language, head: head, body: body)
    }

    static func refused(_ problem: UploadProblem, _ c: any Catalogue) -> String {
        let w = { (text: WebText) in Escape.xml(c.phrase(.web(text))) }
        var body = languageLink(c, path: "/")
        body += "<h1>\(w(.refused))</h1>\n<p class=\"violated\">\(Escape.xml(c.problem(.upload(problem))))</p>\n"
        body += "<p><a href=\"/?lang=\(c.language.rawValue)\">\(w(.checkAgain))</a></p>\n"
        return HTMLReporter.document(title: c.phrase(.web(.refused)), language: c.language, head: head, body: body)
    }

    /// The reports to take away, carried in the page itself (nothing is kept on the server).
    static func downloads(_ result: EvaluationResult, _ c: any Catalogue, options: ReportOptions) -> String {
        let files: [(WebText, String, String, String)] = [
            (.downloadHTML, "text/html", "coopcheck.html", HTMLReporter.generateReport(result, options: options)),
            (
                .downloadJSON, "application/json", "coopcheck.json",
                JSONReporter.generateReport(result, options: options)
            ),
            (.downloadCSV, "text/csv", "coopcheck.csv", CSVReporter.generateReport(result, options: options)),
        ]
        var out = "<h2>\(Escape.xml(c.phrase(.web(.downloads))))</h2>\n<p class=\"downloads\">"
        for (label, type, name, content) in files {
            let data = Data(content.utf8).base64EncodedString()
            out += "<a download=\"\(name)\" href=\"data:\(type);charset=utf-8;base64,\(data)\">"
            out += "\(Escape.xml(c.phrase(.web(label))))</a> "
        }
        return out + "</p>\n"
    }

    /// The same page in the other language.
    private static func languageLink(_ c: any Catalogue, path: String) -> String {
        let other = c.language == .vi ? "en" : "vi"
        return "<p class=\"lang\"><a href=\"\(path)?lang=\(other)\" lang=\"\(other)\">"
            + "\(Escape.xml(c.phrase(.web(.otherLanguage))))</a></p>\n"
    }
}
