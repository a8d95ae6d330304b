/// A rule's expression that does not parse or type-check. Expressions are quoted in their
/// canonical form.
public enum ExpressionProblem: Hashable, Sendable {
    /// A token of an expression, as messages name it.
    public enum Token: Hashable, Sendable {
        case symbol(String)
        case word(String)
        case value
        case end
    }

    /// What the expression is used for.
    public enum Role: Hashable, Sendable {
        case filter, requirement, measure
    }

    // Characters and tokens.
    case wordOperator(written: String, word: String)
    case singleEquals
    case exclamationNot
    case unexpectedCharacter(String)
    case invalidDate(String)
    case decimalComma
    case numberTooLarge(String)
    case unterminatedText(quote: String)
    // Structure.
    case tooLong(limit: Int)
    case empty
    case unexpectedAfterEnd(Token)
    case tooManyParts(limit: Int)
    case tooDeep(limit: Int)
    case chainedComparison
    case valueExpectedAfter(operator: String)
    case conditionExpectedAfterNot
    case unclosedCall(function: String)
    case unmatchedParenthesis(openedAt: Int)
    case valueExpectedAtEnd
    case valueExpected(found: Token)
    case listExpectedAfterIn
    case listSeparatorExpected
    case listNotClosed
    case listTooLong(limit: Int)
    case listEmpty
    case unknownFunction(String, suggestion: String?, functions: [String])
    // Types.
    case unknownField(String, suggestion: String?)
    case fieldOutsideAggregate(field: String, aggregate: String)
    case negationNeedsNumber(expression: String, type: TypeWord)
    case listItemNotValue
    case arithmeticNeedsNumbers(operator: String, expression: String, type: TypeWord)
    case comparisonWithNull(operator: String)
    case orderingNeedsNumbersOrDates(operator: String, type: TypeWord)
    case dateComparedWithNumber(dateExpression: String)
    case incomparable(left: String, leftType: TypeWord, right: String, rightType: TypeWord)
    case vocabularyNotOrdered(operator: String, vocabulary: String)
    case vocabulariesDiffer(String, String)
    case vocabularyWordExpected(other: String, values: [String])
    case notInVocabulary(word: String, vocabulary: String, values: [String], suggestion: String?)
    case nullWhereConditionNeeded(context: String)
    case notACondition(expression: String, type: TypeWord, numeric: Bool)
    case wrongArgumentCount(function: String, minimum: Int, maximum: Int)
    case aggregateOutsideMeasure(String)
    case nestedAggregate
    case coverageLevel(levels: [String], suggestion: String?)
    /// A division by the number zero, which has no value for any data.
    case divisionByZero
    /// `units(…)` with an argument that names no unit level.
    case unitsLevel(levels: [String], suggestion: String?)
    case argumentType(function: String, expected: ArgumentExpectation, expression: String, found: TypeWord)
    case coalesceTypes(expression: String, found: TypeWord, expected: TypeWord)
    case roleNeedsCondition(Role, expression: String, type: TypeWord)
    case measureNeedsAggregate
    case measureNeedsNumber(expression: String, type: TypeWord)
    case noType

    /// What a function's argument must be.
    public enum ArgumentExpectation: Hashable, Sendable {
        case date, number, numbers, numberOrDate, condition, dateField
    }
}
