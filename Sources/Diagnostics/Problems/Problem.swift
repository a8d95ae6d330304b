/// Every problem a user can cause, as data: which problem, with the values it is about. The
/// message catalogues (module Messages) say each one in Vietnamese and in English, and the
/// compiler makes sure both say every case.
///
/// Adding a problem means adding a case to one of the area enums below; the catalogues then do
/// not compile until both languages say it.
public indirect enum Problem: Hashable, Sendable {
    /// A YAML file that cannot be parsed.
    case yaml(YAMLProblem)
    /// A YAML file that parses but does not have the shape a rule pack, manifest or run
    /// configuration must have.
    case node(NodeProblem)
    /// An expression of a rule (`where`, `require`, `measure`).
    case expression(ExpressionProblem)
    /// A target, schedule or number wording of a rule.
    case wording(WordingProblem)
    /// A rule pack, a rule, or a rule's examples.
    case rulePack(RulePackProblem)
    /// A submission's manifest and the files it names.
    case manifest(ManifestProblem)
    /// A data file of a submission, a record or a cell.
    case data(DataProblem)
    /// A run configuration.
    case runConfiguration(RunConfigurationProblem)
    /// A database address.
    case source(SourceProblem)
    /// An upload to `coopcheck serve`.
    case upload(UploadProblem)
    /// A problem inside the value of a key (`in 'target': …`), placed at the character at fault.
    case inValue(key: String, Problem)
}

/// What a YAML mapping is, as messages name it ("unknown key 'x' in rule 'A.1'").
public enum Subject: Hashable, Sendable {
    case rulePack
    case document
    /// A rule, by its id when it has one.
    case rule(String?)
    /// The `cite` of a rule.
    case citation(rule: String?)
    case example
    /// A record of an example, of a data set.
    case exampleRecord(dataset: String)
    case baseline
    case manifest
    case conventions
    case fileEntry
    case runConfiguration
    case outputs
    /// A source configuration (`coopcheck_source`), and its `tables`.
    case sourceConfiguration
    case sourceTables
}

/// What a YAML node holds, as messages describe a wrong one ("must be a list, found a mapping").
public enum NodeKind: Hashable, Sendable {
    case emptyValue, singleValue, list, mapping
}

/// What was found where something else was expected: a value as written, or a kind of node.
public enum Found: Hashable, Sendable {
    case text(String)
    case node(NodeKind)
}

/// The file formats that carry a version line (`coopcheck: 1`, `coopcheck_submission: 1`).
public enum FormatKind: Hashable, Sendable {
    case ruleLanguage, submission, runConfiguration, sourceConfiguration
}

/// A field of a data set as a message names it: by its contract name in English, by the column
/// header the submission uses (or the default Vietnamese header) in Vietnamese.
public struct FieldName: Hashable, Sendable {
    public let name: String
    public let header: String

    public init(name: String, header: String) {
        self.name = name
        self.header = header
    }
}

/// A type of value, as messages name it ("is a whole number, not true/false").
public enum TypeWord: Hashable, Sendable {
    case bool, integer, decimal, string, date
    /// One of a closed vocabulary, by the vocabulary's name (`kind`, `sector`, `level`…).
    case enumeration(String)
    case null
}

extension Problem {
    /// A stable name for the kind of problem, its cases from the area down (`data.cell.ambiguous`):
    /// the rule id of a diagnostic in SARIF, its test name in JUnit, a column in CSV. It never
    /// changes with the language, nor with the values the problem is about.
    public var code: String {
        if case .inValue(_, let inner) = self { return inner.code }
        return Self.cases(of: self).joined(separator: ".")
    }

    /// The case names of a problem and of the problems its payload holds, outermost first.
    private static func cases(of value: Any) -> [String] {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .enum, String(describing: type(of: value)).hasSuffix("Problem") else { return [] }
        guard let payload = mirror.children.first, let label = payload.label else {
            return [String(describing: value)]
        }
        let inner = Mirror(reflecting: payload.value)
        let nested =
            inner.displayStyle == .tuple
            ? inner.children.lazy.map { cases(of: $0.value) }.first { !$0.isEmpty } ?? []
            : cases(of: payload.value)
        return [label] + nested
    }
}
