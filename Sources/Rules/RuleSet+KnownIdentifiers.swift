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
            for (kind, id) in rule.identifiersRead { known.add(id, kind: kind, readBy: rule.title.vi) }
        }
        return known
    }
}

extension Rule {
    /// The indicator names, report ids and task ids this rule reads, in the order it names them.
    public var identifiersRead: [(KnownIdentifiers.Kind, String)] {
        var read: [(KnownIdentifiers.Kind, String)] = []
        var expressions = filter.map { [$0.syntax] } ?? []
        if case .aggregate(let form) = form { expressions.append(form.measure.syntax) }
        for (field, kind) in [("indicator", KnownIdentifiers.Kind.indicator), ("report", .report), ("task", .task)]
        where dataset.fieldIndex[field] != nil {
            for id in expressions.flatMap({ RuleSet.texts(comparedWith: field, in: $0) }) { read.append((kind, id)) }
        }
        switch form {
        case .aggregate(let form):
            if case .indicator(let name, _) = form.baseline { read.append((.indicator, name)) }
        case .report(let form): read.append((.report, form.report))
        case .deliverable(let form): read.append((.task, form.task))
        case .requirement: break
        }
        return read
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
