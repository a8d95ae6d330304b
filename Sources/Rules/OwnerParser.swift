import DataContract
import Diagnostics
import YAMLNodes

/// Reads a rule's `owner:` (`nation`, `province`, `central`, `each district`, `[MPI, MOF]`,
/// `[each province, central]`) and gives the default when it is absent: a provincial pack's rules
/// are owed by its province; a national pack's targets by the nation and its tasks by the central
/// bodies their lead names. A report rule of a national pack must say who reports.
enum OwnerParser {
    static let words = ["nation", "province", "central", "each"]

    static func owner(
        _ node: Node?, in rule: Node, form: RuleFormKind?, dataset: DatasetKind?, provincial: Bool,
        reader: inout NodeReader
    ) -> Owner? {
        guard let node else { return defaultOwner(in: rule, form: form, provincial: provincial, reader: &reader) }
        let owner: Owner?
        if let items = node.sequence {
            let terms = items.map { item -> OwnerTerm? in
                guard let text = reader.text(item, key: "owner") else { return nil }
                if text == "nation" || text == "province" {
                    reader.error(item, .rulePack(.ownerAlone(text)))
                    return nil
                }
                return term(text, at: item, reader: &reader)
            }
            if items.isEmpty { reader.error(node, .node(.empty(key: "owner"))) }
            owner = terms.contains(where: { $0 == nil }) || items.isEmpty ? nil : .units(terms.compactMap { $0 })
        } else {
            guard let text = reader.text(node, key: "owner") else { return nil }
            switch text {
            case "nation": owner = .nation
            case "province": owner = .province
            default: owner = term(text, at: node, reader: &reader).map { .units([$0]) }
            }
        }
        guard let owner else { return nil }
        return check(owner, at: node, form: form, dataset: dataset, provincial: provincial, reader: &reader)
            ? owner : nil
    }

    /// `each LEVEL`, `central` or a unit code.
    private static func term(_ text: String, at node: Node, reader: inout NodeReader) -> OwnerTerm? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        if words.first == "each" {
            let levels = UnitLevel.allCases.map(\.rawValue)
            guard words.count == 2, let level = UnitLevel(rawValue: words[1]) else {
                let found = words.dropFirst().joined(separator: " ")
                reader.error(
                    node, .rulePack(.unknownOwnerLevel(found, suggestion: Suggestions.best(for: found, in: levels))))
                return nil
            }
            return .each(level)
        }
        if text == "central" { return .central }
        // A unit code is written in capitals and digits (`MPI`, `67`, `LMHTX-VP`), so a misspelt
        // word (`nationn`) is not taken for one.
        guard words.count == 1, isUnitCode(text) else {
            reader.error(
                node, .rulePack(.unknownOwnerLevel(text, suggestion: Suggestions.best(for: text, in: Self.words))))
            return nil
        }
        return .unit(text)
    }

    private static func isUnitCode(_ text: String) -> Bool {
        text.unicodeScalars.first.map { ("A"..."Z").contains($0) || ("0"..."9").contains($0) } == true
            && text.unicodeScalars.allSatisfy {
                ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)
            }
    }

    private static func defaultOwner(
        in rule: Node, form: RuleFormKind?, provincial: Bool, reader: inout NodeReader
    ) -> Owner? {
        if provincial { return .province }
        switch form {
        case .aggregate, .requirement, nil: return .nation
        case .deliverable: return .units([.central])
        case .report:
            reader.error(rule, .rulePack(.reportNeedsOwner))
            return nil
        }
    }

    /// Whether the owner suits the pack, the form and the data set; reports each mismatch.
    private static func check(
        _ owner: Owner, at node: Node, form: RuleFormKind?, dataset: DatasetKind?, provincial: Bool,
        reader: inout NodeReader
    ) -> Bool {
        let before = reader.diagnostics.errorCount
        switch owner {
        case .province:
            if !provincial { reader.error(node, .rulePack(.provinceOwnerNeedsProvincialPack)) }
        case .nation:
            if provincial { reader.error(node, .rulePack(.nationOwnerInProvincialPack)) }
            if let form, form == .report || form == .deliverable {
                reader.error(node, .rulePack(.ownerNotForForm(owner: "nation", key: form.selectingKey)))
            }
        case .units(let terms):
            // `central` stands for the lead units a task's register entries name.
            if let form, form != .deliverable, terms.contains(.central) {
                reader.error(node, .rulePack(.ownerNotForForm(owner: "central", key: form.selectingKey)))
            }
            if dataset == .cooperatives {
                let placeable = terms.count == 1 && owner.levels.count == 1 && owner.levels[0] != .agency
                if !placeable { reader.error(node, .rulePack(.ownerNotForCooperatives(owner: node.scalar ?? "[…]"))) }
            }
        }
        return reader.diagnostics.errorCount == before
    }
}
