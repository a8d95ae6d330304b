import Expressions
import Foundation
import History
import Messages
import Rules
import Targets

/// A small inline SVG line of a target's observed values over the recorded runs, with the target
/// as a dashed line: drawn without scripts or fonts, so the page stays self-contained.
enum TrendLine {
    static let width = 120, height = 28, pad = 3

    /// Nil when there are fewer than two values to draw a line through.
    static func svg(_ points: [TrendPoint], target: Target?, catalogue: any Catalogue) -> String? {
        guard points.count >= 2 else { return nil }
        let values = points.map { NSDecimalNumber(decimal: $0.value).doubleValue }
        let goal = target.map { NSDecimalNumber(decimal: $0.value).doubleValue }
        let low = min(values.min()!, goal ?? .infinity), high = max(values.max()!, goal ?? -.infinity)
        let span = high - low
        func x(_ i: Int) -> String {
            fixed(Double(pad) + Double(i) * Double(width - 2 * pad) / Double(points.count - 1))
        }
        func y(_ v: Double) -> String {
            fixed(span == 0 ? Double(height) / 2 : Double(height - pad) - (v - low) / span * Double(height - 2 * pad))
        }
        let label = points.map { point -> String in
            let day = CivilDate.parseISO(point.asOf)?.vietnamese ?? point.asOf
            let meets = target?.isSatisfied(by: point.value)
            return "\(day) \(catalogue.figure(point.value, target: target, meetsTarget: meets))"
        }
        .joined(separator: "; ")
        let aria = catalogue.phrase(.trendLabel(runs: points.count, points: label))
        var svg =
            "<svg class=\"trend\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" "
            + "aria-label=\"\(Escape.xml(aria))\">"
        svg += "<title>\(Escape.xml(label))</title>"
        if let goal {
            svg +=
                "<line x1=\"0\" x2=\"\(width)\" y1=\"\(y(goal))\" y2=\"\(y(goal))\" stroke=\"#000\" stroke-dasharray=\"3 2\"/>"
        }
        svg +=
            "<polyline fill=\"none\" stroke=\"#333\" stroke-width=\"1.5\" points=\"\(values.indices.map { "\(x($0)),\(y(values[$0]))" }.joined(separator: " "))\"/>"
        svg += "<circle cx=\"\(x(values.count - 1))\" cy=\"\(y(values.last!))\" r=\"2.5\" fill=\"#000\"/></svg>"
        return svg
    }

    /// One decimal place, the same on every machine.
    static func fixed(_ value: Double) -> String {
        String(format: "%.1f", (value * 10).rounded() / 10)
    }
}
