import DataContract
import Diagnostics
import Expressions
import Targets
import YAMLNodes

/// What a rule form needs while it reads its keys: the diagnostics collector, the source text
/// for exact positions inside values, and the rule's data set.
public struct RuleParsingContext {
    public var reader: NodeReader
    public let source: SourceText
    /// The data set of the rule being read; nil when `dataset:` was missing or wrong.
    public let dataset: DatasetKind?

    init(reader: NodeReader, source: SourceText, dataset: DatasetKind?) {
        self.reader = reader
        self.source = source
        self.dataset = dataset
    }

    /// Type-checks an expression against the rule's data set, reporting each problem at its
    /// character in the file. Nil when it does not compile or the data set is unknown.
    public mutating func expression(_ node: Node, key: String, role: ExpressionRole) -> CheckedExpression? {
        guard let text = reader.text(node, key: key) else { return nil }
        guard let dataset else { return nil }
        switch ExpressionCompiler.check(text, role: role, schema: dataset.schema) {
        case .success(let checked):
            return checked
        case .failure(let problems):
            for problem in problems.diagnostics {
                reader.error(at: source.location(inScalar: node, atValueOffset: problem.range.lowerBound),
                             "in '\(key)': \(problem.message)")
            }
            return nil
        }
    }

    /// Parses a target wording (`ít nhất 45%`, `>= 45%`), reporting an error at the offending word.
    public mutating func target(_ node: Node, key: String) -> Target? {
        guard let text = reader.text(node, key: key) else { return nil }
        do {
            return try Target.parse(text)
        } catch {
            reader.error(at: source.location(inScalar: node, atValueOffset: error.range.lowerBound),
                         "in '\(key)': \(error.message)")
            return nil
        }
    }

    /// Parses a schedule wording (`2030`, `Quý IV/2020`, `trước ngày 15/12 hằng năm`).
    public mutating func schedule(_ node: Node, key: String) -> Schedule? {
        guard let text = reader.text(node, key: key) else { return nil }
        do {
            return try Schedule.parse(text)
        } catch {
            reader.error(at: source.location(inScalar: node, atValueOffset: error.range.lowerBound),
                         "in '\(key)': \(error.message)")
            return nil
        }
    }
}
