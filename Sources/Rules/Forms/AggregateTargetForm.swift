import DataContract
import Diagnostics
import Expressions
import Foundation
import Targets
import YAMLNodes

/// An aggregate over the selected records compared with a target, e.g. "at least 45% of
/// farmers'-union-supported cooperatives are linked with enterprises".
public struct AggregateTargetForm: RuleFormSyntax {
    public static let selectingKey = "measure"
    public static let keys = ["target", "range", "baseline"]
    public static let impliedDataset: DatasetKind? = nil
    public static let needsSchedule = false

    /// The value a relative target (`1,5 lần`) is measured against.
    public enum Baseline: Hashable, Sendable {
        /// A figure stated by the document or the pack.
        case value(Decimal)
        /// An indicator reported in the submission for a year, e.g. members at the end of 2020.
        case indicator(name: String, year: Int)
    }

    /// How a range in the document's words is read.
    public enum RangeReading: String, CaseIterable, Hashable, Sendable {
        /// A development target: met at the lower figure, aiming at the upper ("1.500 - 2.000 HTX").
        case floor
        /// Both ends bind ("từ 3-5 thành viên quản lý").
        case band
    }

    public let measure: CheckedExpression
    /// The target as it is judged: a range read as a floor is `at least` the lower figure,
    /// aiming at the upper.
    public let target: Target
    /// How the target's range was read, when it is one.
    public let range: RangeReading?
    public let baseline: Baseline?

    public static func parse(_ entries: [String: Node], in rule: Node, context: inout RuleParsingContext) -> Self? {
        let measure = entries[selectingKey].flatMap { context.expression($0, key: selectingKey, role: .measure) }
        guard let targetNode = entries["target"] else {
            context.reader.error(rule, .rulePack(.measureNeedsTarget))
            return nil
        }
        let written = context.target(targetNode, key: "target")
        let range = entries["range"].flatMap {
            context.reader.choice($0, key: "range", among: RangeReading.allCases.map(\.rawValue))
        }.flatMap(RangeReading.init(rawValue:))
        var target = written
        if let written {
            let isRange = written.relation == .between || written.relation == .about
            if isRange, entries["range"] == nil {
                context.reader.error(targetNode, .rulePack(.rangeNeedsReading(target: written.wording)))
            } else if !isRange, let node = entries["range"] {
                context.reader.error(node, .rulePack(.rangeNotARange(target: written.wording)))
            } else if range == .floor {
                target = written.asFloor
            }
        }
        if let target, let measure, isShare(measure.syntax), let lower = target.bounds.lower,
            lower > 1 || (lower == 1 && !target.bounds.lowerInclusive)
        {
            context.reader.error(targetNode, .rulePack(.shareTargetBeyondWhole(target: target.wording)))
        }
        let baseline = entries["baseline"].flatMap { parseBaseline($0, context: &context) }
        if let target {
            if target.relativeToBaseline, baseline == nil, entries["baseline"] == nil {
                context.reader.error(targetNode, .rulePack(.baselineNeeded(target: target.wording)))
            } else if !target.relativeToBaseline, let node = entries["baseline"] {
                context.reader.error(node, .rulePack(.baselineNotUsed))
            }
        }
        guard let measure, let target, entries["range"] == nil || range != nil else { return nil }
        return Self(measure: measure, target: target, range: range, baseline: baseline)
    }

    /// Whether a measure is one share or coverage: a fraction of a whole, never above 100%.
    private static func isShare(_ measure: Expressions.Expression) -> Bool {
        if case .call(.aggregate(let function), _, _) = measure {
            function == .share || function == .coverage
        } else {
            false
        }
    }

    private static func parseBaseline(_ node: Node, context: inout RuleParsingContext) -> Baseline? {
        if node.mapping != nil {
            guard let entries = context.reader.mapping(node, what: .baseline, allowedKeys: ["indicator", "year"]) else {
                return nil
            }
            let name = context.reader.requiredText(entries, "indicator", in: node, what: .baseline)
            let yearNode = entries["year"]
            let year = yearNode.flatMap { $0.int }
            if let yearNode, year == nil {
                context.reader.error(yearNode, .rulePack(.baselineYear))
            } else if yearNode == nil {
                context.reader.error(node, .node(.missingKey("year", in: .baseline)))
            }
            guard let name, let year else { return nil }
            return .indicator(name: name, year: year)
        }
        return context.wording(node, key: "baseline", VietnameseNumber.parse).map { .value($0) }
    }
}
