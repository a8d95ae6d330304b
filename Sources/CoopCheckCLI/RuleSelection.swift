import Diagnostics
import Messages
import Rules

/// The `--pack` and `--rule` a command was given: which rules it evaluates.
struct RuleSelection {
    let packs: [String]
    let rules: [String]

    /// Whether a rule is selected: by its pack and by its id, each when given.
    var includes: @Sendable (Rule) -> Bool {
        let (packs, rules) = (packs, rules)
        return { rule in (packs.isEmpty || packs.contains(rule.packID)) && (rules.isEmpty || rules.contains(rule.id)) }
    }

    /// Whether every pack and rule named exists, having said which do not (and what was meant).
    func known(in ruleSet: RuleSet, console: Console, catalogue c: any Catalogue) -> Bool {
        let unknownPacks = packs.filter { ruleSet.pack(withID: $0) == nil }
        let unknownRules = rules.filter { ruleSet.rule(withID: $0) == nil }
        for id in unknownPacks {
            console.note(c.notice(.noSuchPack(id, suggestion: Suggestions.best(for: id, in: ruleSet.packs.map(\.id)))))
        }
        for id in unknownRules {
            console.note(
                c.notice(
                    .noSuchRule(id, paths: nil, suggestion: Suggestions.best(for: id, in: ruleSet.rules.map(\.id)))))
        }
        return unknownPacks.isEmpty && unknownRules.isEmpty
    }
}
