import DataContract
import Expressions

extension RuleSet {
    /// The indicator names, report ids and task ids the packs' rules read.
    public var knownIdentifiers: KnownIdentifiers { packs.knownIdentifiers }
}

extension [RulePack] {
    /// The indicator names, report ids and task ids the rules read: those a `where` or a measure
    /// compares the field with (`indicator == "news_items"`, `task in [...]`), a baseline's
    /// indicator, and the report or task of a deadline rule.
    public var knownIdentifiers: KnownIdentifiers {
        var known = KnownIdentifiers()
        for rule in flatMap(\.rules) {
            let title = rule.title.vi
            var expressions = rule.filter.map { [$0.syntax] } ?? []
            if case .aggregate(let form) = rule.form { expressions.append(form.measure.syntax) }
            for (field, kind) in [("indicator", KnownIdentifiers.Kind.indicator), ("report", .report), ("task", .task)]
            where rule.dataset.fieldIndex[field] != nil {
                for id in expressions.flatMap({ RuleSet.texts(comparedWith: field, in: $0) }) {
                    known.add(id, kind: kind, readBy: title)
                }
            }
            switch rule.form {
            case .aggregate(let form):
                if case .indicator(let name, _) = form.baseline { known.add(name, kind: .indicator, readBy: title) }
            case .report(let form): known.add(form.report, kind: .report, readBy: title)
            case .deliverable(let form): known.add(form.task, kind: .task, readBy: title)
            case .requirement: break
            }
        }
        return known
    }

}

extension RuleSet {
    /// The texts an expression compares `field` with, by `==` or `in [...]`.
    fileprivate static func texts(comparedWith field: String, in expression: Expression) -> [String] {
        func isField(_ e: Expression) -> Bool { if case .field(field, _) = e { true } else { false } }
        func text(_ e: Expression) -> String? { if case .literal(.string(let s), _) = e { s } else { nil } }
        switch expression {
        case .literal, .field: return []
        case .unary(_, let inner, _): return texts(comparedWith: field, in: inner)
        case .binary(let op, let lhs, let rhs, _):
            if op == .equal, isField(lhs), let s = text(rhs) { return [s] }
            if op == .equal, isField(rhs), let s = text(lhs) { return [s] }
            return texts(comparedWith: field, in: lhs) + texts(comparedWith: field, in: rhs)
        case .membership(let subject, let items, let negated, _):
            return isField(subject) && !negated ? items.compactMap(text) : []
        case .call(_, let arguments, _): return arguments.flatMap { texts(comparedWith: field, in: $0) }
        }
    }
}
