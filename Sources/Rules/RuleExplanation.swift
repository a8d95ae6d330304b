import Targets

extension Rule {
    /// The rule in plain words, labelled line by line, for `coopcheck rules explain`: what it
    /// reads, which records, what it checks, when, and where it comes from.
    public func explanation(in pack: RulePack?) -> [(label: String, text: String)] {
        var lines: [(label: String, text: String)] = [
            ("Rule", "\(id) (\(severity.rawValue))"),
            ("Title", title),
            ("In English", titleEnglish),
        ]
        if let pack {
            lines.append(("Source", "\(pack.document.number) (\(pack.document.date.vietnamese)), \(citation.section)"))
        } else {
            lines.append(("Source", citation.section))
        }
        lines.append(("Quote", "“\(citation.quote)”"))
        lines.append(("Reads", "the '\(dataset)' data set"))
        lines.append(("Records", filter.map { "those where \($0.plainEnglish)" } ?? "all records"))
        lines += form.explanation
        lines.append(("When", schedule?.plainEnglish ?? "no date: checked at every run"))
        lines.append(("Grouped", grouping == .national ? "nationally (one finding)" : "per \(grouping.rawValue) (one finding each)"))
        if let note { lines.append(("Note", note)) }
        if !examples.isEmpty { lines.append(("Examples", "\(examples.count)")) }
        lines.append(("Defined at", location.description))
        return lines
    }
}
