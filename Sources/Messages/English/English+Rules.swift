import DataContract
import Expressions
import Foundation
import Rules
import Targets

extension English {
    /// A figure in a target's unit: `45%`, `1,500`, `1.5 times the baseline`, `20,000,000 VND`.
    public func figure(_ value: Decimal, in unit: TargetUnit) -> String {
        switch unit {
        case .count: number(value)
        case .percent: number(value * 100) + "%"
        case .times: number(value) + " times the baseline"
        case .vnd: number(value) + " VND"
        }
    }

    public func target(_ target: Target) -> String {
        let figure = { (value: Decimal) in self.figure(value, in: target.unit) }
        var text =
            switch target.relation {
            case .atLeast: "at least \(figure(target.value))"
            case .greaterThan: "more than \(figure(target.value))"
            case .atMost: "at most \(figure(target.value))"
            case .lessThan: "less than \(figure(target.value))"
            case .equal: "exactly \(figure(target.value))"
            case .between: "between \(figure(target.value)) and \(figure(target.upper ?? target.value))"
            case .about: "about \(figure(target.value)) (±\(number(target.tolerance * 100))%)"
            }
        if let aim = target.aim { text += " (aiming at \(figure(aim)))" }
        return text
    }

    public func schedule(_ schedule: Schedule) -> String {
        var parts: [String] = []
        if let window = schedule.window {
            parts.append("within \(day(window.lowerBound)) – \(day(window.upperBound))")
        } else if let due = schedule.due {
            parts.append("by \(day(due))")
        }
        if let from = schedule.effectiveFrom { parts.append("from \(day(from)) on") }
        parts += schedule.recurrences.map(recurrence)
        if schedule.ongoing { parts.append("ongoing, with no fixed date") }
        return parts.joined(separator: "; ")
    }

    func recurrence(_ recurrence: Recurrence) -> String {
        let every =
            switch recurrence.frequency {
            case .monthly: "every month"
            case .quarterly: "every quarter"
            case .halfYearly: "every half-year"
            case .yearly: "every year"
            case .everyYears(let n): "every \(n) years"
            }
        return switch recurrence.due {
        case .endOfPeriod:
            "\(every), by the end of the period"
        case .before(let d, let m):
            "\(every), before \(Recurrence.dayMonth(d, m)) (by \(Recurrence.lastDayMonth(before: d, m)) at the latest)"
        case .endOfQuarter(let quarter):
            "\(every), by the end of quarter \(Recurrence.roman[quarter - 1])"
        }
    }

    /// Who owes a rule, and so where its findings go.
    public func owner(_ owner: Owner) -> String {
        switch owner {
        case .nation:
            return "the nation: judged over every submission together; a province's submission shows its contribution"
        case .province:
            return "the province the pack binds (one finding)"
        case .units(let terms):
            let parts = terms.map { term -> String in
                switch term {
                case .each(let level): "every \(self.level(level)) in the units file, including those that sent nothing"
                case .unit(let code): code
                case .central: "the central bodies of its lead (judged on a national submission only)"
                }
            }
            return parts.joined(separator: "; ") + " (one finding each)"
        }
    }

    public func reading(_ expression: Expressions.Expression, role: ExpressionRole, headers: ColumnHeaders?) -> String {
        ExpressionReading(catalogue: self, headers: headers).reading(expression, asCondition: role != .measure)
    }

    public func explanation(of rule: Rule, in pack: RulePack?) -> [(label: String, text: String)] {
        var lines: [(label: String, text: String)] = [
            ("Rule", "\(rule.id) (\(severity(rule.severity)))"),
            ("Title", rule.title.en),
            ("In Vietnamese", rule.title.vi),
        ]
        let section = rule.citation.section
        lines.append(("Source", pack.map { "\($0.document.number) (\(day($0.document.date))), \(section)" } ?? section))
        lines.append(("Quote", "“\(rule.citation.quote)”"))
        lines.append(("Reads", "the '\(rule.dataset)' data set (\(dataset(rule.dataset)))"))
        lines.append(
            (
                "Records",
                rule.filter.map { "those where \(reading($0.syntax, role: .filter, headers: nil))" } ?? "all records"
            ))
        switch rule.form {
        case .aggregate(let form):
            lines.append(("Measure", reading(form.measure.syntax, role: .measure, headers: nil)))
            lines.append(("Target", "\(target(form.target)) (\(form.target.canonical))"))
            switch form.range {
            case .floor: lines.append(("Range", "'\(form.target.wording)' read as a floor with an aim (range: floor)"))
            case .band: lines.append(("Range", "'\(form.target.wording)' read as a band: both ends bind (range: band)"))
            case nil: break
            }
            switch form.baseline {
            case .value(let value): lines.append(("Baseline", number(value)))
            case .indicator(let name, let year): lines.append(("Baseline", "indicator '\(name)' for \(year)"))
            case nil: break
            }
        case .requirement(let form):
            lines.append(
                ("Requires", "every such record: \(reading(form.requirement.syntax, role: .requirement, headers: nil))")
            )
        case .report(let form):
            lines.append(("Report", "'\(form.report)' from each owner, checked against the report log"))
        case .deliverable(let form):
            lines.append(("Task", "'\(form.task)' is completed on time in the task register"))
            if let lead = form.lead { lines.append(("Lead", lead)) }
            if let deliverable = form.deliverable { lines.append(("Deliverable", deliverable)) }
        }
        lines.append(("When", rule.schedule.map(schedule) ?? "no date: checked at every run"))
        lines.append(("Owed by", owner(rule.owner)))
        if let note = rule.note { lines.append(("Note", note)) }
        if !rule.examples.isEmpty { lines.append(("Examples", "\(rule.examples.count)")) }
        lines.append(("Defined at", rule.location.description))
        return lines
    }
}

/// An expression read in English words: `audit_required is true and audit_advised is false`.
private struct ExpressionReading {
    let catalogue: English
    let headers: ColumnHeaders?

    func field(_ name: String) -> String { headers?.field(name).header ?? name }

    func literal(_ literal: Literal) -> String {
        switch literal {
        case .string(let s): s
        case .bool(let b): b ? "true" : "false"
        case .null: "missing"
        case .integer(let i): String(i)  // a year or a code reads as written: 2025, not 2,025
        case .decimal(let d): catalogue.number(d)
        case .percent(let p): catalogue.number(p * 100) + "%"
        case .date(let d): d.vietnamese
        }
    }

    /// A bare true/false field reads as "x is true" where a condition is expected.
    func reading(_ expression: Expressions.Expression, asCondition: Bool) -> String {
        if asCondition, case .field(let name, _) = expression { return "\(field(name)) is true" }
        return reading(expression)
    }

    func reading(_ expression: Expressions.Expression) -> String {
        switch expression {
        case .literal(let value, _):
            return literal(value)
        case .field(let name, _):
            return field(name)
        case .unary(.not, let operand, _):
            if case .field(let name, _) = operand { return "\(field(name)) is false" }
            return "not (\(reading(operand)))"
        case .unary(.negate, let operand, _):
            return "minus \(reading(operand))"
        case .binary(let op, let left, let right, _):
            let words =
                switch op {
                case .and: "and"
                case .or: "or"
                case .equal: right == .literal(.null, right.range) ? "is" : "is"
                case .notEqual: "is not"
                case .less: "is less than"
                case .lessOrEqual: "is at most"
                case .greater: "is more than"
                case .greaterOrEqual: "is at least"
                case .add: "plus"
                case .subtract: "minus"
                case .multiply: "times"
                case .divide: "divided by"
                }
            return "\(operand(left, of: op)) \(words) \(operand(right, of: op))"
        case .membership(let subject, let items, let negated, _):
            return "\(reading(subject)) is \(negated ? "not " : "")one of \(items.map(reading).joined(separator: ", "))"
        case .call(let function, let arguments, _):
            let args = arguments.map(reading)
            switch function {
            case .aggregate(.count):
                return args.isEmpty
                    ? "the number of records"
                    : "the number of records where \(reading(arguments[0], asCondition: true))"
            case .aggregate(.share): return "the share of records where \(reading(arguments[0], asCondition: true))"
            case .aggregate(.ratio): return "the total of \(args[0]) divided by the total of \(args[1])"
            case .aggregate(.sum): return "the total of \(args[0])"
            case .aggregate(.avg): return "the average of \(args[0])"
            case .aggregate(.min): return "the smallest \(args[0])"
            case .aggregate(.max): return "the largest \(args[0])"
            case .aggregate(.distinct): return "the number of distinct values of \(args[0])"
            case .aggregate(.coverage): return "the share of \(args[0])s with at least one matching record"
            case .aggregate(.perYear): return "the number of records per year, counted by \(args[0])"
            case .aggregate(.units): return "the number of \(args[0]) units"
            case .row(.year), .row(.month), .row(.quarter): return "the \(function.name) of \(args[0])"
            case .row(.present): return "\(args[0]) is given"
            case .row(.coalesce): return "\(args[0]) (or \(args[1]) when missing)"
            case .row(.abs): return "the absolute value of \(args[0])"
            }
        }
    }

    /// An operand of `and`/`or` reads as a condition, parenthesised when it binds more loosely.
    private func operand(_ expression: Expressions.Expression, of parent: BinaryOperator) -> String {
        guard parent == .and || parent == .or else { return reading(expression) }
        if case .field = expression { return reading(expression, asCondition: true) }
        if case .binary(let op, _, _, _) = expression, op.precedence < parent.precedence {
            return "(\(reading(expression)))"
        }
        return reading(expression)
    }
}
