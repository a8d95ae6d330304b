import DataContract
import Diagnostics
import Expressions
import Foundation
import Targets
import YAMLNodes

/// Reads one rule pack from its YAML tree, collecting every problem with its position instead of
/// stopping at the first, so `coopcheck rules lint` reports them all in one run.
public struct RulePackParser {
    /// The rule-language version this parser reads (`coopcheck: 1`).
    public static let formatVersion = 1

    static let topLevelKeys = ["coopcheck", "pack", "document", "rules"]
    static let documentKeys = [
        "number", "date", "issuer", "title", "title_en", "seed", "period", "province", "inconsistencies",
        "reorganisation",
    ]
    static let commonRuleKeys = [
        "id", "title", "title_en", "cite", "dataset", "where", "owner", "when",
        "severity", "note", "examples",
    ]
    static var ruleKeys: [String] { commonRuleKeys + RuleFormKind.allKeys + Array(replacedKeys.keys) }
    /// Keys of the earlier rule language, each with the key that replaces it and an example.
    static let replacedKeys = [
        "group_by": (key: "owner", example: "owner: each district"),
        "units": (key: "owner", example: "owner: each province"),
    ]

    private var reader = NodeReader()
    private let source: SourceText

    private init(source: SourceText) {
        self.source = source
    }

    /// Parses a pack; the pack is nil when it has errors, and the diagnostics list all of them.
    public static func parse(_ document: YAMLDocument) -> (pack: RulePack?, diagnostics: [Diagnostic]) {
        var parser = RulePackParser(source: document.source)
        let pack = parser.pack(document.root)
        let diagnostics = parser.reader.diagnostics
        return (diagnostics.errorCount == 0 ? pack : nil, diagnostics)
    }

    private mutating func pack(_ root: Node) -> RulePack? {
        guard let entries = reader.mapping(root, what: .rulePack, allowedKeys: Self.topLevelKeys) else { return nil }
        reader.formatVersion(entries, key: "coopcheck", expected: Self.formatVersion, format: .ruleLanguage, in: root)
        let id = reader.requiredText(entries, "pack", in: root, what: .rulePack)
        if let id, let node = entries["pack"], !Self.isIdentifier(id) {
            reader.error(node, .rulePack(.badPackID(id)))
        }
        let document: SourceDocument?
        if let node = entries["document"] {
            document = sourceDocument(node)
        } else {
            reader.error(root, .node(.missingKey("document", in: .rulePack)))
            document = nil
        }
        var rules: [Rule] = []
        if let node = entries["rules"], let items = reader.list(node, key: "rules") {
            if items.isEmpty { reader.warning(node, .rulePack(.noRules)) }
            rules = items.compactMap { rule($0, packID: id ?? "", provincial: document?.province != nil) }
        } else if entries["rules"] == nil {
            reader.error(root, .node(.missingKey("rules", in: .rulePack)))
        }
        guard let id, let document else { return nil }
        return RulePack(id: id, document: document, rules: rules, location: root.location)
    }

    private mutating func sourceDocument(_ node: Node) -> SourceDocument? {
        let what = Subject.document
        guard let entries = reader.mapping(node, what: what, allowedKeys: Self.documentKeys) else { return nil }
        let number = reader.requiredText(entries, "number", in: node, what: what)
        let date = entries["date"].flatMap { readDate($0, key: "date") }
        if entries["date"] == nil { reader.error(node, .node(.missingKey("date", in: what))) }
        let issuer = reader.requiredText(entries, "issuer", in: node, what: what)
        let title = reader.requiredText(entries, "title", in: node, what: what)
        let titleEnglish = reader.requiredText(entries, "title_en", in: node, what: what)
        let seed = reader.requiredText(entries, "seed", in: node, what: what)
        let period = entries["period"].flatMap { readPeriod($0) }
        let province = entries["province"].flatMap { reader.text($0, key: "province") }
        let reorganisation = entries["reorganisation"].flatMap { reader.text($0, key: "reorganisation") }
        let inconsistencies =
            entries["inconsistencies"]
            .flatMap { reader.list($0, key: "inconsistencies") }?
            .compactMap { reader.text($0, key: "inconsistencies") } ?? []
        guard let number, let date, let issuer, let title, let titleEnglish, let seed else { return nil }
        return SourceDocument(
            number: number, date: date, issuer: issuer, title: LocalizedText(vi: title, en: titleEnglish),
            seed: seed, period: period, inconsistencies: inconsistencies, province: province,
            reorganisation: reorganisation)
    }

    /// A date written `2024-04-11` or `11/4/2024`.
    private mutating func readDate(_ node: Node, key: String) -> CivilDate? {
        guard let text = reader.text(node, key: key) else { return nil }
        let trimmed = text.trimmingWhitespace
        if let date = CivilDate.parseISO(trimmed) ?? CivilDate.parseDayMonthYear(trimmed) { return date }
        reader.error(node, .node(.notADate(key: key, found: text)))
        return nil
    }

    /// The programme's span, written like a schedule window (`2024-2030`, `giai đoạn 2021-2025`).
    private mutating func readPeriod(_ node: Node) -> ClosedRange<CivilDate>? {
        var context = RuleParsingContext(reader: reader, source: source, dataset: nil)
        let schedule = context.schedule(node, key: "period")
        reader = context.reader
        guard let schedule else { return nil }
        guard let window = schedule.window else {
            reader.error(node, .rulePack(.periodNotSpan(schedule.wording)))
            return nil
        }
        return window
    }

    private mutating func rule(_ node: Node, packID: String, provincial: Bool) -> Rule? {
        let idNode = node["id"]
        let idText = idNode?.scalar
        let what = Subject.rule(idText)
        guard let entries = reader.mapping(node, what: what, allowedKeys: Self.ruleKeys) else { return nil }

        let id = reader.requiredText(entries, "id", in: node, what: what)
        if let id, let idNode, !Self.isIdentifier(id) {
            reader.error(idNode, .rulePack(.badRuleID(id)))
        }
        let title = reader.requiredText(entries, "title", in: node, what: what)
        let titleEnglish = reader.requiredText(entries, "title_en", in: node, what: what)
        let citation = readCitation(entries, in: node)

        let forms = RuleFormKind.allCases.filter { entries[$0.selectingKey] != nil }
        if forms.isEmpty {
            reader.error(
                node, .rulePack(.nothingToCheck(rule: idText, keys: RuleFormKind.allCases.map(\.selectingKey))))
        } else if forms.count > 1 {
            reader.error(node, .rulePack(.mixedForms(rule: idText, keys: forms.map(\.selectingKey))))
        }
        let formType = forms.count == 1 ? forms[0] : nil
        let ownKeys = Set(formType?.keys ?? [])
        for other in RuleFormKind.allCases where other != formType {
            for key in other.keys where !ownKeys.contains(key) {
                if let stray = entries[key] {
                    reader.error(stray, .rulePack(.strayKey(key, belongsWith: other.selectingKey, rule: idText)))
                }
            }
        }

        let dataset = readDataset(entries, in: node, form: formType)
        var context = RuleParsingContext(reader: reader, source: source, dataset: dataset)
        let filter = entries["where"].flatMap { context.expression($0, key: "where", role: .filter) }
        let form = formType.flatMap { $0.parse(entries, in: node, context: &context) }
        let schedule = entries["when"].flatMap { context.schedule($0, key: "when") }
        reader = context.reader
        if let formType, formType.needsSchedule, entries["when"] == nil {
            reader.error(node, .rulePack(.needsSchedule(rule: idText)))
        }

        for (old, replaced) in Self.replacedKeys.sorted(by: { $0.key < $1.key }) {
            if let node = entries[old] {
                reader.error(node, .rulePack(.replacedKey(old, by: replaced.key, example: replaced.example)))
            }
        }
        let owner = OwnerParser.owner(
            entries["owner"], in: node, form: formType, dataset: dataset, provincial: provincial, reader: &reader)
        let severity = entries["severity"]
            .flatMap { reader.choice($0, key: "severity", among: Severity.allCases.map(\.rawValue)) }
            .flatMap(Severity.init(rawValue:))
        let note = entries["note"].flatMap { reader.text($0, key: "note") }
        let examples = entries["examples"].flatMap { readExamples($0, dataset: dataset) } ?? []

        guard let id, let title, let titleEnglish, let citation, let dataset, let form, let owner,
            Self.replacedKeys.keys.allSatisfy({ entries[$0] == nil }),
            entries["severity"] == nil || severity != nil
        else { return nil }
        return Rule(
            id: id, title: LocalizedText(vi: title, en: titleEnglish), citation: citation, dataset: dataset,
            filter: filter, form: form, owner: owner, schedule: schedule,
            severity: severity ?? .error, note: note, examples: examples,
            location: node.location, packID: packID)
    }

    private mutating func readCitation(_ entries: [String: Node], in rule: Node) -> Citation? {
        guard let node = entries["cite"] else {
            reader.error(rule, .rulePack(.missingCitation(rule: rule["id"]?.scalar)))
            return nil
        }
        let citeWhat = Subject.citation(rule: rule["id"]?.scalar)
        guard let cite = reader.mapping(node, what: citeWhat, allowedKeys: ["section", "quote"]) else { return nil }
        let section = reader.requiredText(cite, "section", in: node, what: citeWhat)
        let quote = reader.requiredText(cite, "quote", in: node, what: citeWhat)
        guard let section, let quote else { return nil }
        return Citation(section: section, quote: String(quote.trimmingWhitespace))
    }

    private mutating func readDataset(_ entries: [String: Node], in rule: Node, form: RuleFormKind?) -> DatasetKind? {
        let implied = form?.impliedDataset
        guard let node = entries["dataset"] else {
            if implied == nil, form != nil {
                reader.error(
                    rule,
                    .rulePack(.missingDataset(rule: rule["id"]?.scalar, datasets: DatasetKind.allCases.map(\.rawValue)))
                )
            }
            return implied
        }
        guard
            let kind = reader.choice(node, key: "dataset", among: DatasetKind.allCases.map(\.rawValue))
                .flatMap(DatasetKind.init(rawValue:))
        else { return nil }
        if let implied, let form, kind != implied {
            reader.error(
                node,
                .rulePack(.datasetImplied(key: form.selectingKey, implied: implied.rawValue, given: kind.rawValue)))
            return nil
        }
        return kind
    }

    private mutating func readExamples(_ node: Node, dataset: DatasetKind?) -> [RuleExample]? {
        guard let items = reader.list(node, key: "examples") else { return nil }
        let statuses = FindingStatus.allCases.filter { $0 != .error }.map(\.rawValue)
        return items.compactMap { item -> RuleExample? in
            guard
                let entries = reader.mapping(
                    item, what: .example, allowedKeys: ["expect", "as_of", "records", "units"])
            else { return nil }
            let expect = entries["expect"].flatMap { reader.choice($0, key: "expect", among: statuses) }
                .flatMap(FindingStatus.init(rawValue:))
            if entries["expect"] == nil { reader.error(item, .rulePack(.exampleMissingExpect(statuses: statuses))) }
            let asOf = entries["as_of"].flatMap { readDate($0, key: "as_of") }
            let records =
                entries["records"].flatMap { reader.list($0, key: "records") }?
                .compactMap { exampleRecord($0, dataset: dataset) } ?? []
            let units =
                entries["units"].flatMap { reader.list($0, key: "units") }?
                .compactMap { exampleRecord($0, dataset: .units) } ?? []
            guard let expect else { return nil }
            return RuleExample(expect: expect, asOf: asOf, records: records, units: units, location: item.location)
        }
    }

    private mutating func exampleRecord(_ node: Node, dataset: DatasetKind?) -> ExampleRecord? {
        guard let dataset else { return nil }
        let what = Subject.exampleRecord(dataset: dataset.rawValue)
        guard let entries = reader.mapping(node, what: what, allowedKeys: dataset.fields.map(\.name)) else {
            return nil
        }
        var fields: [String: String] = [:]
        for (name, value) in entries {
            guard let text = value.scalar else {
                reader.error(value, .rulePack(.fieldNotSingleValue(field: name, found: value.kind)))
                continue
            }
            fields[name] = value.isNull ? "" : text
        }
        return ExampleRecord(fields: fields, location: node.location)
    }

    static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty
            && text.unicodeScalars.allSatisfy { scalar in
                scalar.isASCII
                    && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                        || scalar == "." || scalar == "-" || scalar == "_")
            }
    }
}
