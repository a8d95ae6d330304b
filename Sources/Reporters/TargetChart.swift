import Evaluation
import Expressions
import Foundation
import Messages
import Targets

/// A target as a picture in inline SVG, drawn with attributes only (no script, style or font, so
/// a strict Content-Security-Policy allows it). A target with a trend is a small chart over
/// time: the path from the start value to the target by the due date (dashed), the value today
/// (a dot) and where the line through it leads by then (thin); on track and at risk are seen as
/// the dot above or below the path. Any other target is a bar: the value against a mark at the
/// target.
enum TargetChart {
    static let width = 240.0, height = 64.0, pad = 6.0

    /// Nil for a finding with no target or no value.
    static func svg(_ finding: Finding, catalogue: any Catalogue, asOf: CivilDate) -> String? {
        guard let target = finding.target, let observed = finding.observed else { return nil }
        let label = catalogue.phrase(
            .barLabel(observed: catalogue.observed(finding) ?? "", target: catalogue.target(target)))
        let open =
            "<svg class=\"chart\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" "
            + "role=\"img\" aria-label=\"\(Escape.xml(label))\"><title>\(Escape.xml(label))</title>"
        if case .linear(let start, let projected)? = finding.observation?.projection, let due = finding.due,
            let from = finding.window?.lowerBound ?? Optional(finding.period.lowerBound), from < due, asOf >= from
        {
            return open
                + path(
                    start: start, projected: projected, observed: observed, target: target, from: from,
                    due: due, asOf: asOf) + "</svg>"
        }
        return open + bar(observed: observed, target: target) + "</svg>"
    }

    private static func number(_ value: Decimal) -> Double { NSDecimalNumber(decimal: value).doubleValue }

    /// The value against the target's mark, on a scale a tenth past the larger.
    private static func bar(observed: Decimal, target: Target) -> String {
        let goal = number(target.upper ?? target.value)
        let value = number(observed)
        let scale = max(goal, value, .leastNonzeroMagnitude) * 1.1
        let inner = width - 2 * pad
        let fill = max(0, value) / scale * inner
        let mark = pad + number(target.value) / scale * inner
        let top = height / 2 - 9
        var out =
            "<rect x=\"\(f(pad))\" y=\"\(f(top))\" width=\"\(f(inner))\" height=\"18\" fill=\"#fff\" stroke=\"#333\"/>"
        out += "<rect x=\"\(f(pad))\" y=\"\(f(top))\" width=\"\(f(fill))\" height=\"18\" fill=\"#777\"/>"
        out +=
            "<line x1=\"\(f(mark))\" x2=\"\(f(mark))\" y1=\"\(f(top - 4))\" y2=\"\(f(top + 22))\" stroke=\"#000\" stroke-width=\"3\"/>"
        return out
    }

    /// The path from the start to the target by the due date, today's value and its projection.
    private static func path(
        start: Decimal, projected: Decimal, observed: Decimal, target: Target, from: CivilDate, due: CivilDate,
        asOf: CivilDate
    ) -> String {
        let values = [start, projected, observed, target.value, target.upper ?? target.value].map(number)
        let high = max(values.max()!, .leastNonzeroMagnitude) * 1.1
        let low = min(values.min()!, 0)
        let span = Double(max(1, from.days(to: due)))
        func x(_ day: CivilDate) -> Double { pad + Double(from.days(to: min(day, due))) / span * (width - 2 * pad) }
        func y(_ value: Double) -> Double { height - pad - (value - low) / (high - low) * (height - 2 * pad) }
        let goal = number(target.value)
        var out =
            "<line x1=\"\(f(pad))\" x2=\"\(f(width - pad))\" y1=\"\(f(y(low)))\" y2=\"\(f(y(low)))\" stroke=\"#999\"/>"
        // The target's level, and the path to it by the due date.
        out +=
            "<line x1=\"\(f(pad))\" x2=\"\(f(width - pad))\" y1=\"\(f(y(goal)))\" y2=\"\(f(y(goal)))\" stroke=\"#bbb\" stroke-dasharray=\"2 3\"/>"
        out +=
            "<line x1=\"\(f(x(from)))\" y1=\"\(f(y(number(start))))\" x2=\"\(f(x(due)))\" y2=\"\(f(y(goal)))\" stroke=\"#000\" stroke-dasharray=\"5 3\" stroke-width=\"1.5\"/>"
        // Where today's value leads.
        out +=
            "<line x1=\"\(f(x(from)))\" y1=\"\(f(y(number(start))))\" x2=\"\(f(x(due)))\" y2=\"\(f(y(number(projected))))\" stroke=\"#555\"/>"
        out += "<circle cx=\"\(f(x(asOf)))\" cy=\"\(f(y(number(observed))))\" r=\"4\" fill=\"#000\"/>"
        out +=
            "<line x1=\"\(f(x(due)))\" x2=\"\(f(x(due)))\" y1=\"\(f(pad))\" y2=\"\(f(height - pad))\" stroke=\"#333\"/>"
        return out
    }

    /// One decimal place, the same on every machine.
    private static func f(_ value: Double) -> String { TrendLine.fixed(value) }
}
