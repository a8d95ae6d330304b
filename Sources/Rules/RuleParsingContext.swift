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
                error(in: node, key: key, atValueOffset: problem.range.lowerBound, .expression(problem.problem))
            }
            return nil
        }
    }

    /// Parses a target wording (`ít nhất 45%`, `>= 45%`), reporting an error at the offending word.
    public mutating func target(_ node: Node, key: String) -> Target? {
        wording(node, key: key, Target.parse)
    }

    /// Parses a schedule wording (`2030`, `Quý IV/2020`, `trước ngày 15/12 hằng năm`).
    public mutating func schedule(_ node: Node, key: String) -> Schedule? {
        wording(node, key: key, Schedule.parse)
    }

    /// Reads a scalar with a wording parser, reporting its error at the offending character.
    public mutating func wording<T>(_ node: Node, key: String, _ parse: (String) throws(WordingError) -> T) -> T? {
        guard let text = reader.text(node, key: key) else { return nil }
        do {
            return try parse(text)
        } catch {
            self.error(in: node, key: key, atValueOffset: error.range.lowerBound, .wording(error.problem))
            return nil
        }
    }

    /// An error inside a scalar's value, placed at the character it concerns.
    private mutating func error(in node: Node, key: String, atValueOffset offset: Int, _ problem: Problem) {
        reader.error(at: source.location(inScalar: node, atValueOffset: offset), .inValue(key: key, problem))
    }
}
